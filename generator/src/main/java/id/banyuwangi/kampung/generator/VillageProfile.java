package id.banyuwangi.kampung.generator;

import id.banyuwangi.kampung.domain.region.Area;

/**
 * The synthetic, seed-determined traits of one real village that every source draws on.
 *
 * @param index position in the hierarchy's village order (0-based)
 * @param population residents (all villages sum to {@link VillageProfiles#REGENCY_POPULATION})
 * @param kiosks 1, or 2 for the most populous fifth of the villages
 * @param kioskShare share of requests through the self-service machine
 * @param counterShare share through village staff at the counter
 * @param onlineShare share online
 * @param slaFactor median turnaround of a completed request as a fraction of the service's SLA
 *     (lower is faster; drives the village's SLA compliance)
 * @param rejectShare share of requests rejected
 */
public record VillageProfile(Area village, int index, int population, int kiosks,
    double kioskShare, double counterShare, double onlineShare, double slaFactor,
    double rejectShare) {

  public String code() {
    return village.code();
  }

  public String districtCode() {
    return village.parentCode();
  }

  public boolean kelurahan() {
    return "kelurahan".equalsIgnoreCase(village.kind());
  }

  /** Residents aged 17 and over (the citizens who file requests), about 72% of residents. */
  public int adults() {
    return Math.max(50, (int) Math.round(population * 0.72));
  }

  /** {@code KSK-<village_code>-<nn>} for kiosk number {@code n} (1-based). */
  public String kioskId(int n) {
    return String.format("KSK-%s-%02d", code(), n);
  }
}
