package id.banyuwangi.kampung.reports;

/**
 * One row of {@code public_indicator_value} with its area's name. A suppressed row has value,
 * numerator and denominator null.
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
    boolean suppressed) {}
