package id.banyuwangi.kampung.read;

/**
 * One row of {@code public_indicator_value} with its area's name. A suppressed row has value,
 * numerator and denominator null.
 *
 * @param category the band of a categorical indicator (IDM_STATUS: at village level the village's
 *     band with value null, above it one row per band with value = the number of villages); null
 *     for every other indicator
 */
public record IndicatorValue(
    String indicatorCode,
    String areaCode,
    String areaName,
    String areaLevel,
    String period,
    String periodKind,
    Double value,
    Double numerator,
    Double denominator,
    boolean suppressed,
    String category) {

  /** A value of a non-categorical indicator (category null). */
  public IndicatorValue(String indicatorCode, String areaCode, String areaName, String areaLevel, String period,
      String periodKind, Double value, Double numerator, Double denominator, boolean suppressed) {
    this(indicatorCode, areaCode, areaName, areaLevel, period, periodKind, value, numerator, denominator,
        suppressed, null);
  }
}
