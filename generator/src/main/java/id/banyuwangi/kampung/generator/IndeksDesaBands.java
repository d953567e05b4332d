package id.banyuwangi.kampung.generator;

import java.util.List;

/**
 * The status bands the generator publishes the Indeks Desa (contract section 9) with. They are the
 * generator's choice, not the ministry's table (which the project could not find; see
 * generator/README.md), and they are revised once, from 2026, the way the contract says the
 * ministry may: a reader that recomputes the status from the score instead of taking it as
 * published gets the later years wrong.
 */
final class IndeksDesaBands {
  /** The published statuses, best first. */
  static final List<String> STATUSES = List.of("MANDIRI", "MAJU", "BERKEMBANG", "TERTINGGAL",
      "SANGAT_TERTINGGAL");
  /** The year from which the Mandiri threshold is raised. */
  static final int REVISED_FROM = 2026;

  private IndeksDesaBands() {}

  /**
   * The exclusive lower bounds of MANDIRI, MAJU, BERKEMBANG and TERTINGGAL for {@code year}: a
   * score above the first is MANDIRI, ..., at or below the last SANGAT_TERTINGGAL.
   */
  static double[] lowerBounds(int year) {
    return year >= REVISED_FROM ? new double[] {82, 70, 60, 50} : new double[] {80, 70, 60, 50};
  }

  /** The status a score of {@code year} is published with. */
  static String status(int year, double score) {
    double[] bounds = lowerBounds(year);
    for (int i = 0; i < bounds.length; i++) {
      if (score > bounds[i]) {
        return STATUSES.get(i);
      }
    }
    return STATUSES.get(bounds.length);
  }
}
