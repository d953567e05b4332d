package id.banyuwangi.kampung.warehouse.internal.seed;

import id.banyuwangi.kampung.domain.development.IdmStatus;
import id.banyuwangi.kampung.domain.region.Area;
import id.banyuwangi.kampung.domain.region.AreaLevel;
import id.banyuwangi.kampung.domain.region.RegionHierarchy;
import id.banyuwangi.kampung.domain.service.Service;
import id.banyuwangi.kampung.domain.service.ServiceCatalog;
import id.banyuwangi.kampung.warehouse.internal.project.BuildContext;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBConnection;

/** The reference data as tables: regions and their bridge, services, poverty lines, IDM bands. */
final class ReferenceSeeds {
  private ReferenceSeeds() {}

  static List<Seed> all() {
    return List.of(
        new Seed("dim_region", "the regency, its 25 kecamatan and 217 villages (real Kemendagri codes), with names and centroids", ReferenceSeeds::regions),
        new Seed("bridge_area", "each village to itself, its kecamatan and the regency: one join computes every level from the records", ReferenceSeeds::bridge),
        new Seed("dim_service", "the 36 services of the contract's service catalog with their service-time standard (sla_hours)", ReferenceSeeds::services),
        new Seed("dim_poverty_line", "the official poverty line per survey year (rupiah per capita per month), as configured", ReferenceSeeds::povertyLines),
        new Seed("dim_idm_status", "the IDM status bands of Permendesa PDTT 2/2016: lower bound exclusive, upper inclusive", ReferenceSeeds::idmStatus));
  }

  private static void regions(DuckDBConnection db, BuildContext context) throws SQLException {
    try (Rows rows = Rows.into(db, "dim_region", """
        area_code VARCHAR PRIMARY KEY, area_name VARCHAR NOT NULL, area_level VARCHAR NOT NULL,
        parent_code VARCHAR, kind VARCHAR, lat DOUBLE, lng DOUBLE""")) {
      for (Area a : RegionHierarchy.banyuwangi().all()) {
        rows.row(a.code(), a.name(), a.level().name(), a.parentCode(), a.kind(), a.lat(), a.lng());
      }
    }
  }

  private static void bridge(DuckDBConnection db, BuildContext context) throws SQLException {
    RegionHierarchy regions = RegionHierarchy.banyuwangi();
    try (Rows rows = Rows.into(db, "bridge_area", """
        village_code VARCHAR NOT NULL, area_code VARCHAR NOT NULL, area_level VARCHAR NOT NULL,
        PRIMARY KEY (village_code, area_code)""")) {
      for (Area village : regions.villages()) {
        String district = village.parentCode();
        String regency = regions.find(district).map(Area::parentCode).orElseThrow();
        rows.row(village.code(), village.code(), AreaLevel.VILLAGE.name());
        rows.row(village.code(), district, AreaLevel.DISTRICT.name());
        rows.row(village.code(), regency, AreaLevel.REGENCY.name());
      }
    }
  }

  private static void services(DuckDBConnection db, BuildContext context) throws SQLException {
    try (Rows rows = Rows.into(db, "dim_service", """
        service_code VARCHAR PRIMARY KEY, name_id VARCHAR, name_en VARCHAR, category VARCHAR,
        sla_hours INTEGER NOT NULL""")) {
      for (Service s : ServiceCatalog.standard().all()) {
        rows.row(s.code(), s.nameId(), s.nameEn(), s.category(), s.slaHours());
      }
    }
  }

  /** A survey year without a line gets no poverty values: the models never guess one. */
  private static void povertyLines(DuckDBConnection db, BuildContext context) throws SQLException {
    try (Rows rows = Rows.into(db, "dim_poverty_line", "\"year\" INTEGER PRIMARY KEY, poverty_line_idr BIGINT NOT NULL")) {
      for (Map.Entry<Integer, Long> line : context.povertyLines().all().entrySet()) {
        rows.row(line.getKey(), line.getValue());
      }
    }
  }

  /**
   * The bands of {@link IdmStatus}, so the thresholds exist once. A score is in a band when
   * {@code lower_exclusive < score <= upper_inclusive}; NULL is an open end. rank 1 = lowest.
   */
  private static void idmStatus(DuckDBConnection db, BuildContext context) throws SQLException {
    IdmStatus[] bands = IdmStatus.values(); // declared from the lowest band up
    try (Rows rows = Rows.into(db, "dim_idm_status", """
        status VARCHAR PRIMARY KEY, name_id VARCHAR NOT NULL, "rank" INTEGER NOT NULL,
        lower_exclusive DOUBLE, upper_inclusive DOUBLE""")) {
      for (int i = 0; i < bands.length; i++) {
        double lower = bands[i].lowerExclusive();
        double upper = i + 1 < bands.length ? bands[i + 1].lowerExclusive() : Double.POSITIVE_INFINITY;
        rows.row(bands[i].name(), bands[i].nameId(), i + 1, Double.isInfinite(lower) ? null : lower,
            Double.isInfinite(upper) ? null : upper);
      }
    }
  }
}
