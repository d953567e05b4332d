package id.banyuwangi.kampung.reports.planner;

import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.domain.indicator.Targets.Target;
import java.util.List;
import java.util.Optional;

/**
 * One indicator in a report: the period read (see {@link ReportPeriods}) and the one a year
 * earlier, the area's figures and those of each child area (all children of {@code dim_region},
 * those without data too), and the target of the report year where one is configured.
 *
 * @param period the period code read, e.g. {@code 2024} or {@code 2024/2025}; null when the
 *     warehouse holds no school year for a school-year indicator
 * @param previousPeriod the same period a year earlier ({@code 2023}, {@code 2023/2024}); null with period
 */
public record IndicatorFigures(Indicator indicator, String period, String previousPeriod, YearOnYear area,
    List<YearOnYear> children, Optional<Target> target) {
  /** True when at least one child area has a value, a band or a suppressed cell: worth a chart. */
  public boolean childrenHaveData() {
    return children.stream().anyMatch(f -> !f.current().missing());
  }

  /** The children whose current value is published, for ranking (a hidden value is never ranked). */
  public List<YearOnYear> shownChildren() {
    return children.stream().filter(c -> c.current().shown()).toList();
  }

  /** True when the value of the area meets the target, by the indicator's direction; empty without target or value. */
  public Optional<Boolean> meetsTarget() {
    if (target.isEmpty() || !area.current().shown()) {
      return Optional.empty();
    }
    double value = area.current().value();
    double goal = target.get().value();
    return switch (indicator.direction()) {
      case LOWER_IS_BETTER -> Optional.of(value <= goal);
      case HIGHER_IS_BETTER -> Optional.of(value >= goal);
      case NEUTRAL -> Optional.empty();
    };
  }
}
