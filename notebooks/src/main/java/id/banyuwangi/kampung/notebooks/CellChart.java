package id.banyuwangi.kampung.notebooks;

import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.reports.Chart;
import id.banyuwangi.kampung.reports.ChartRenderer;
import id.banyuwangi.kampung.reports.ChartValue;
import id.banyuwangi.kampung.reports.Lang;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Draws a cell's result with the reports' {@link ChartRenderer} (the same bars and lines as the
 * briefs and the dashboard) as an SVG image in the page: the first column labels a bar or a point,
 * the second is its value, and a boolean column {@code suppressed}, where there is one, marks a
 * hidden value (drawn as a labelled gap).
 */
final class CellChart {
  private final ChartRenderer renderer;
  private final Lang lang;

  CellChart(Lang lang) {
    this.renderer = new ChartRenderer(lang);
    this.lang = lang;
  }

  /**
   * The {@code <img>} of the chart, its alt text the indicator's name and what is drawn.
   *
   * @throws IllegalArgumentException when the indicator is unknown or the result has no number column
   */
  String html(CellDirective directive, CellResult result, IndicatorCatalog catalog) {
    Indicator indicator = catalog.find(directive.indicator()).orElseThrow(() -> new IllegalArgumentException(
        "unknown indicator '" + directive.indicator() + "' in the cell's directive"));
    List<ChartValue> values = values(result);
    String title = lang.name(indicator);
    Chart chart = directive.output() == CellDirective.Output.LINE
        ? renderer.trend(indicator, title, values) : renderer.rankedBars(indicator, title, values);
    String alt = lang.text(directive.output() == CellDirective.Output.LINE ? "notebook.altLine" : "notebook.altBars",
        title, Integer.toString(values.size()));
    return "<img class=\"chart\" alt=\"" + Html.escape(alt) + "\" src=\"data:image/svg+xml;base64,"
        + Base64.getEncoder().encodeToString(chart.svg()) + "\" width=\"" + chart.width() + "\">\n";
  }

  private static List<ChartValue> values(CellResult result) {
    if (result.columns().size() < 2) {
      throw new IllegalArgumentException("a chart needs a label column and a number column; the result has "
          + result.columns().size() + " column(s)");
    }
    int suppressed = result.column("suppressed");
    List<ChartValue> values = new ArrayList<>();
    for (List<Object> row : result.rows()) {
      boolean hidden = suppressed >= 0 && Boolean.TRUE.equals(row.get(suppressed));
      values.add(new ChartValue(String.valueOf(row.get(0)), number(result, row, 1), hidden));
    }
    return values;
  }

  /** The number in column {@code column} of {@code row}, null for NULL; anything else is an error naming the column. */
  static Double number(CellResult result, List<Object> row, int column) {
    Object value = row.get(column);
    if (value != null && !(value instanceof Number)) {
      throw new IllegalArgumentException("a chart's or map's value column holds its numbers; column '"
          + result.columns().get(column) + "' holds " + value.getClass().getSimpleName() + " (" + value + ")");
    }
    return value == null ? null : ((Number) value).doubleValue();
  }

  /** The SVG text of a document, for tests that read the drawn labels. */
  static String decode(String imgHtml) {
    String data = imgHtml.substring(imgHtml.indexOf("base64,") + 7, imgHtml.indexOf('"', imgHtml.indexOf("base64,")));
    return new String(Base64.getDecoder().decode(data), StandardCharsets.UTF_8);
  }
}
