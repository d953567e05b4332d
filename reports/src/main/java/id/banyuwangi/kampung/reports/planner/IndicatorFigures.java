package id.banyuwangi.kampung.reports.planner;

import id.banyuwangi.kampung.domain.indicator.Indicator;
import java.util.List;

/**
 * One indicator in a report: the period read (see {@link ReportPeriods}), the area's figure and
 * the figure of each child area (all children of {@code dim_region}, those without data too).
 *
 * @param period the period code read, e.g. {@code 2024} or {@code 2024/2025}; null when the
 *     warehouse holds no school year for a school-year indicator
 */
public record IndicatorFigures(Indicator indicator, String period, Figure area, List<Figure> children) {
  /** True when at least one child area has a value, a band or a suppressed cell: worth a chart. */
  public boolean childrenHaveData() {
    return children.stream().anyMatch(f -> !f.missing());
  }
}
