package id.banyuwangi.kampung.reports.planner;

import id.banyuwangi.kampung.reports.Chart;
import id.banyuwangi.kampung.reports.ChartRenderer;
import id.banyuwangi.kampung.reports.ChartValue;
import id.banyuwangi.kampung.reports.Lang;
import java.util.ArrayList;
import java.util.List;

/**
 * The chart of one indicator over the child areas, drawn by {@link ChartRenderer}: ranked bars
 * (best first, suppressed and missing areas as labelled gaps), or for a categorical indicator the
 * villages per band. The chart carries no title: the report prints {@link #title} above it as
 * text, which a reader can search and copy.
 */
final class ChildCharts {
  private static final String NO_TITLE = "";

  private final ChartRenderer renderer;

  ChildCharts(Lang lang) {
    this.renderer = new ChartRenderer(lang);
  }

  /** "Porsi Layanan Mandiri (%) per kecamatan, 2024". */
  static String title(PlannerReport report, IndicatorFigures figures) {
    Lang lang = report.spec().lang();
    return lang.text("section.charts", ReportTables.header(figures.indicator(), lang),
        ReportTables.childLevel(report, lang), figures.period());
  }

  /** The chart of the indicator over the child areas; call only when {@link IndicatorFigures#childrenHaveData()}. */
  Chart chart(IndicatorFigures figures) {
    List<ChartValue> values = new ArrayList<>();
    boolean categorical = false;
    for (YearOnYear child : figures.children()) {
      values.addAll(chartValues(child.current()));
      categorical |= child.current().categorical();
    }
    return categorical
        ? renderer.categoryCounts(figures.indicator(), NO_TITLE, renderer.areaAxis(), values)
        : renderer.rankedBars(figures.indicator(), NO_TITLE, values);
  }

  private static List<ChartValue> chartValues(Figure child) {
    String label = child.area().name();
    if (!child.categorical()) {
      return List.of(new ChartValue(label, child.value(), child.suppressed()));
    }
    return child.bands().stream().map(b -> new ChartValue(label, b.count(), false, b.category())).toList();
  }
}
