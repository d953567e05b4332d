package id.banyuwangi.kampung.domain.indicator;

/**
 * A named measure (a row of {@code catalog/measures.csv}): what one model of the warehouse counts,
 * sums or computes per area, period and breakdown member. Indicators are ratios, counts and
 * statistics over measures; each measure is computed once, by {@code model}.
 *
 * @param unit what it counts or sums (requests, persons, children, households, rupiah, hours, ...)
 * @param boundary which date puts a record in a period
 * @param model the warehouse model that computes it
 */
public record Measure(String name, String description, String unit, MeasureKind kind, PeriodBoundary boundary,
    String model) {

  /** Counts and sums add up: members to their total, villages to their kecamatan. */
  public boolean isAdditive() {
    return kind != MeasureKind.STATISTIC;
  }
}
