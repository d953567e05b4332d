package id.banyuwangi.kampung.domain.indicator;

import id.banyuwangi.kampung.domain.period.PeriodKind;
import java.util.List;
import java.util.Optional;

/**
 * One indicator, declared once as a row of {@code catalog/indicators.csv}: the contract's columns
 * (code, names, unit, domain, definition) and its whole computation as data over the named measures
 * of {@code catalog/measures.csv}. One evaluator (the warehouse's {@code mart_indicator_cell}) turns
 * the measures into cells the same way for every indicator; API, charts and reports read this
 * record and never repeat a definition.
 *
 * @param domain the contract's "area" column: PUBLIC_SERVICE, POVERTY, HEALTH, ...
 * @param numerator the measure counted or summed (empty for a {@link Rollup#MEDIAN})
 * @param denominator the measure divided by (empty for counts, sums and band counts)
 * @param statistic a non-additive measure that is the value itself (the median), else empty
 * @param cellCount the measure reported as a cell's count and tested against the small-cell rule
 * @param smallCellUnit what {@code cellCount} counts (requests, persons, children, households);
 *     empty when the indicator is never suppressed (villages, enterprises, amounts)
 * @param periodBoundary which date puts a record in a period
 * @param scale the factor applied to numerator / denominator (100 for a percent)
 * @param decimals the decimals a value is shown with (the value itself is not rounded)
 * @param periods the period kinds the indicator is published for
 * @param disaggregations the dimensions a value can be broken down by ({@code area|period|sex})
 * @param category the breakdown whose members are the categories of a {@link Rollup#COUNT_BY_BAND}
 *     indicator (the IDM status bands), else empty
 * @param framework the index framework an indicator belongs to (IDM, INDEKS_DESA), else empty
 * @param validYears the years the framework is reported for ({@code ..2023}, {@code 2024..}), or
 *     empty for always
 */
public record Indicator(
    String code,
    String nameId,
    String nameEn,
    String unit,
    String domain,
    String definition,
    Direction direction,
    String numerator,
    String denominator,
    String statistic,
    String cellCount,
    String smallCellUnit,
    PeriodBoundary periodBoundary,
    double scale,
    int decimals,
    Rollup rollup,
    List<PeriodKind> periods,
    List<String> disaggregations,
    String category,
    String framework,
    YearRange validYears) {

  public Indicator {
    periods = List.copyOf(periods);
    disaggregations = List.copyOf(disaggregations);
  }

  /**
   * The disaggregations beyond area and period ({@code sex}, {@code service}, {@code channel},
   * {@code dimension}): the breakdowns {@code mart_indicator_cell} holds for this indicator and the
   * API's {@code by} accepts.
   */
  public List<String> breakdowns() {
    return disaggregations.stream().filter(d -> !d.equals("area") && !d.equals("period")).toList();
  }

  public boolean isSuppressible() {
    return !smallCellUnit.isEmpty();
  }

  /** The measure whose rows decide where the indicator has cells: the statistic or the numerator. */
  public String valueMeasure() {
    return statistic.isEmpty() ? numerator : statistic;
  }

  /** Every measure the indicator reads, in the order numerator, denominator, statistic, cell count. */
  public List<String> measures() {
    return java.util.stream.Stream.of(numerator, denominator, statistic, cellCount)
        .filter(m -> !m.isEmpty()).distinct().toList();
  }

  public Optional<String> categoryBreakdown() {
    return category.isEmpty() ? Optional.empty() : Optional.of(category);
  }

  /** Whether the indicator's framework reports the given year (IDM up to 2023, Indeks Desa from 2024). */
  public boolean reportedIn(int year) {
    return validYears.contains(year);
  }
}
