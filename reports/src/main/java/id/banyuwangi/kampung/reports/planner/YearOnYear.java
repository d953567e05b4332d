package id.banyuwangi.kampung.reports.planner;

/**
 * One area's figure of one indicator in the report's period and in the same period a year
 * earlier.
 *
 * @param previous the figure a year earlier; a missing figure when the warehouse holds none
 */
public record YearOnYear(Figure current, Figure previous) {
  public ReportArea area() {
    return current.area();
  }

  /**
   * The change (current - previous) when both are published numbers; null otherwise: a hidden value
   * is never differenced, since the difference and the other value would give it away.
   */
  public Double change() {
    return current.shown() && previous.shown() ? current.value() - previous.value() : null;
  }
}
