package id.banyuwangi.kampung.reports;

import id.banyuwangi.kampung.read.IndicatorValue;

/**
 * One bar or one point of a chart.
 *
 * @param label the area name or the period label
 * @param value the value, or null when there is none (no data, or suppressed)
 * @param suppressed true when the value is hidden by the small-cell rule: drawn as a labelled gap
 * @param category the band of a categorical indicator (a bar segment of that band), else null
 */
public record ChartValue(String label, Double value, boolean suppressed, String category) {
  public ChartValue {
    if (suppressed) {
      value = null;
    }
  }

  public ChartValue(String label, Double value, boolean suppressed) {
    this(label, value, suppressed, null);
  }

  public static ChartValue of(IndicatorValue v, String label) {
    return new ChartValue(label, v.value(), v.suppressed(), v.category());
  }
}
