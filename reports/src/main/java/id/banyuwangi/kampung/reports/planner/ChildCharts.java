package id.banyuwangi.kampung.reports.planner;

import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.reports.ChartRenderer;
import id.banyuwangi.kampung.reports.ChartValue;
import java.util.ArrayList;
import java.util.List;

/**
 * The chart of one indicator over the child areas, drawn by {@link ChartRenderer}: ranked bars
 * (best first, suppressed and missing areas as labelled gaps), or for a categorical indicator the
 * villages per band. The image carries no title: the report prints {@link #title} above it as
 * text, which a reader can search and copy.
 */
final class ChildCharts {
  private static final String NO_TITLE = "";

  private final ChartRenderer renderer = new ChartRenderer();

  /** "Porsi Layanan Mandiri (%) per kecamatan, 2024". */
  static String title(PlannerReport report, IndicatorFigures figures) {
    return ReportTables.header(figures.indicator()) + " per " + ReportTables.childLevel(report) + ", "
        + figures.period();
  }

  /** The PNG of the indicator over the child areas; call only when {@link IndicatorFigures#childrenHaveData()}. */
  byte[] png(IndicatorFigures figures) {
    Indicator ind = figures.indicator();
    List<ChartValue> values = new ArrayList<>();
    boolean categorical = false;
    for (Figure child : figures.children()) {
      values.addAll(chartValues(child));
      categorical |= child.categorical();
    }
    return (categorical
        ? renderer.categoryCounts(ind, NO_TITLE, "Wilayah", values)
        : renderer.rankedBars(ind, NO_TITLE, values)).png();
  }

  private static List<ChartValue> chartValues(Figure child) {
    String label = child.area().name();
    if (!child.categorical()) {
      return List.of(new ChartValue(label, child.value(), child.suppressed()));
    }
    return child.bands().stream().map(b -> new ChartValue(label, b.count(), false, b.category())).toList();
  }
}
