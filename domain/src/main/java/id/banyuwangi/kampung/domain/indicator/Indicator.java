package id.banyuwangi.kampung.domain.indicator;

import id.banyuwangi.kampung.domain.period.PeriodKind;
import java.util.List;

/**
 * One indicator, declared once in {@code catalog/indicators.csv}: the contract's columns (code,
 * names, unit, domain, definition) plus how it is computed and shown. Marts, API, charts and
 * reports all read this record; none of them repeats a definition.
 *
 * @param domain the contract's "area" column: PUBLIC_SERVICE, POVERTY, HEALTH, ...
 * @param scale the factor applied to numerator / denominator (100 for a percent)
 * @param periods the period kinds the indicator is published for
 * @param disaggregations the dimensions a value can be broken down by
 * @param smallCellUnit what the small-cell rule counts (requests, persons, ...); empty for none
 * @param model the mart model that produces the indicator's values
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
    double scale,
    Rollup rollup,
    List<PeriodKind> periods,
    List<String> disaggregations,
    String smallCellUnit,
    String model) {

  /** The smallest denominator (or count) a public output may show; below it the value is suppressed. */
  public static final int MIN_CELL = 5;

  /**
   * The disaggregations beyond area and period ({@code sex}, {@code service}, {@code channel}):
   * what {@code mart_indicator_breakdown} holds for this indicator and the API's {@code by} accepts.
   */
  public List<String> breakdowns() {
    return disaggregations.stream().filter(d -> !d.equals("area") && !d.equals("period")).toList();
  }

  public boolean isSuppressible() {
    return !smallCellUnit.isEmpty();
  }
}
