package id.banyuwangi.kampung.domain.region;

/**
 * One area of the hierarchy regency > kecamatan > desa/kelurahan.
 *
 * @param kind {@code desa} or {@code kelurahan} for a village; the level's name otherwise
 */
public record Area(
    String code, String name, AreaLevel level, String parentCode, String kind, double lat, double lng) {}
