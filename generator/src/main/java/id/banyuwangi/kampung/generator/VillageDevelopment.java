package id.banyuwangi.kampung.generator;

import java.util.SplittableRandom;

/**
 * The lasting development traits of one desa that both village indices measure: the IDM (contract
 * section 8, {@link IdmSourceWriter}) and, from 2024, the Indeks Desa (section 9,
 * {@link IndeksDesaSourceWriter}), so that a desa strong in one is strong in the other.
 *
 * @param level the desa's IDM level in 2024 (about N(0.80, 0.05))
 * @param social how far its social resilience runs above that level (about +0.06)
 * @param economic how far its economic resilience runs above it (about -0.05: below)
 */
record VillageDevelopment(double level, double social, double economic) {

  /** The traits of the desa {@code villageCode} for the run seed. */
  static VillageDevelopment of(long seed, String villageCode) {
    SplittableRandom r = Seeds.rng(seed, Seeds.IDM, Long.parseLong(villageCode));
    double level = 0.80 + 0.05 * Seeds.normal(r);
    double social = 0.06 + 0.03 * Seeds.normal(r);
    double economic = -0.05 + 0.05 * Seeds.normal(r);
    return new VillageDevelopment(level, social, economic);
  }
}
