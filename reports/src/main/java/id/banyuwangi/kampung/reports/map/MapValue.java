package id.banyuwangi.kampung.reports.map;

import id.banyuwangi.kampung.read.IndicatorValue;

/**
 * What the map shows for one area.
 *
 * @param value the public value, null when there is none or it is suppressed
 * @param count what the value is computed over (its denominator, or the count itself), null when
 *     unknown or suppressed
 * @param suppressed hidden by the small-cell rule: drawn hatched and labelled, never coloured
 */
public record MapValue(String areaCode, Double value, Double count, boolean suppressed) {
  public MapValue {
    if (suppressed) {
      value = null;
      count = null;
    }
  }

  public static MapValue of(IndicatorValue v) {
    return new MapValue(v.areaCode(), v.value(), v.denominator() != null ? v.denominator() : v.numerator(), v.suppressed());
  }
}
