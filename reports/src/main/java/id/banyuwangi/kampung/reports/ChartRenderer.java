package id.banyuwangi.kampung.reports;

import id.banyuwangi.kampung.read.IndicatorValues;
import id.banyuwangi.kampung.domain.development.IdmStatus;
import id.banyuwangi.kampung.domain.indicator.Direction;
import id.banyuwangi.kampung.domain.indicator.Indicator;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.CategoryAnchor;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Builds indicator charts, headless, to be written as PNG or SVG ({@link Chart}). Labels are Indonesian; a suppressed value is a
 * labelled gap, never a number. Stateless and thread-safe.
 */
public final class ChartRenderer {
  /** What a suppressed value reads as, in charts, tables and tooltips (the threshold is in the report's notes). */
  public static final String SUPPRESSED_LABEL = "disamarkan: sel kecil";
  /** A cell hidden so that no small cell can be recomputed from it by subtraction. */
  public static final String SUPPRESSED_SECONDARY_LABEL = "disamarkan: melindungi sel kecil lain";
  /** The short form, where a number would stand. */
  public static final String SUPPRESSED_SHORT = "disamarkan";
  static final String NO_DATA_LABEL = "tidak ada data";

  static {
    System.setProperty("java.awt.headless", "true");
  }

  private static final int WIDTH = 900;
  private static final String SERIES = "nilai";
  private static final Color GOOD = new Color(0x1a9850);
  private static final Color MIDDLE = new Color(0xfdae61);
  private static final Color BAD = new Color(0xd73027);
  private static final Color NEUTRAL = new Color(0x4575b4);
  private static final Color GAP_TEXT = new Color(0x555555);
  private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  private static final Font NOTE_FONT = new Font(Font.SANS_SERIF, Font.ITALIC, 11);

  /**
   * Horizontal bars of areas ranked best first (by the indicator's direction; largest first when
   * neutral), coloured from red (worst) to green (best). Suppressed and missing values come last,
   * as a labelled gap.
   */
  public Chart rankedBars(Indicator ind, String title, List<ChartValue> values) {
    List<ChartValue> ranked = rank(ind.direction(), values);
    List<String> keys = uniqueLabels(ranked);
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (int i = 0; i < ranked.size(); i++) {
      data.addValue(ranked.get(i).value(), SERIES, keys.get(i));
    }
    JFreeChart chart = ChartFactory.createBarChart(title, "Wilayah", Units.axisLabel(ind), data,
        PlotOrientation.HORIZONTAL, false, false, false);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setRenderer(barRenderer(ind, ranked));
    plot.setNoDataMessage("Belum ada data");
    plot.getDomainAxis().setTickLabelFont(LABEL_FONT);
    plot.getRangeAxis().setUpperMargin(0.15);
    valueAxis(plot, ind);
    for (int i = 0; i < ranked.size(); i++) {
      if (ranked.get(i).value() == null) {
        gapNote(plot, ranked.get(i).suppressed() ? SUPPRESSED_LABEL : NO_DATA_LABEL, keys.get(i));
      }
    }
    subtitle(chart, ind.direction());
    return new Chart(chart, WIDTH, barsHeight(ranked.size()));
  }

  /**
   * Stacked horizontal bars of a categorical indicator (IDM_STATUS): one bar per label (an area or
   * a period, in the given order), one segment per category with the number of villages in it,
   * best band green to worst band red. A value with a category but no number is one village (a
   * village's own band); a suppressed label is a labelled gap.
   *
   * @param axis what the labels are: "Wilayah" or "Periode"
   */
  public Chart categoryCounts(Indicator ind, String title, String axis, List<ChartValue> values) {
    List<String> categories = categoryOrder(values);
    List<String> labels = values.stream().map(ChartValue::label).distinct().toList();
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (String label : labels) {
      for (String category : categories) {
        data.addValue(null, categoryLabel(category), label);
      }
    }
    for (ChartValue v : values) {
      if (v.category() != null && !v.suppressed()) {
        Number before = data.getValue(categoryLabel(v.category()), v.label());
        double count = v.value() == null ? 1 : v.value();
        data.setValue((before == null ? 0 : before.doubleValue()) + count, categoryLabel(v.category()), v.label());
      }
    }
    JFreeChart chart = ChartFactory.createStackedBarChart(title, axis, "Jumlah desa", data,
        PlotOrientation.HORIZONTAL, true, false, false);
    CategoryPlot plot = chart.getCategoryPlot();
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setMaximumBarWidth(0.08);
    List<String> bands = IndicatorValues.BANDS_BEST_FIRST;
    for (int i = 0; i < categories.size(); i++) {
      int band = bands.indexOf(categories.get(i));
      renderer.setSeriesPaint(i, band < 0 ? NEUTRAL : scale(1 - (double) band / (bands.size() - 1)));
    }
    renderer.setDefaultItemLabelGenerator(
        new StandardCategoryItemLabelGenerator("{2}", NumberFormat.getIntegerInstance(Units.INDONESIAN)));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(LABEL_FONT);
    plot.setNoDataMessage("Belum ada data");
    plot.getDomainAxis().setTickLabelFont(LABEL_FONT);
    ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    for (String label : labels) {
      if (values.stream().anyMatch(v -> v.label().equals(label) && v.suppressed())) {
        gapNote(plot, SUPPRESSED_LABEL, label);
      }
    }
    return new Chart(chart, WIDTH, barsHeight(labels.size()) + 40);
  }

  /** The categories present, known IDM bands best first, then any other in order of appearance. */
  static List<String> categoryOrder(List<ChartValue> values) {
    List<String> bestFirst = IndicatorValues.BANDS_BEST_FIRST;
    List<String> present = values.stream().map(ChartValue::category).filter(c -> c != null).distinct().toList();
    List<String> ordered = new ArrayList<>(bestFirst.stream().filter(present::contains).toList());
    ordered.addAll(present.stream().filter(c -> !bestFirst.contains(c)).toList());
    return ordered;
  }

  /** "Sangat Tertinggal" for SANGAT_TERTINGGAL; any other category as it is. */
  public static String categoryLabel(String category) {
    return Arrays.stream(IdmStatus.values()).filter(s -> s.name().equals(category)).findFirst()
        .map(IdmStatus::nameId).orElse(category);
  }

  private static void gapNote(CategoryPlot plot, String text, String key) {
    CategoryTextAnnotation gap = new CategoryTextAnnotation(text, key, 0.0);
    gap.setCategoryAnchor(CategoryAnchor.MIDDLE);
    gap.setTextAnchor(TextAnchor.HALF_ASCENT_LEFT);
    gap.setFont(NOTE_FONT);
    gap.setPaint(GAP_TEXT);
    plot.addAnnotation(gap);
  }

  private static int barsHeight(int bars) {
    return Math.max(320, 140 + 24 * bars);
  }

  /** A line over periods in the given order; suppressed periods are marked gaps in the line. */
  public Chart trend(Indicator ind, String title, List<ChartValue> values) {
    List<String> keys = uniqueLabels(values);
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (int i = 0; i < values.size(); i++) {
      data.addValue(values.get(i).value(), SERIES, keys.get(i));
    }
    JFreeChart chart = ChartFactory.createLineChart(title, "Periode", Units.axisLabel(ind), data,
        PlotOrientation.VERTICAL, false, false, false);
    CategoryPlot plot = chart.getCategoryPlot();
    LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
    renderer.setSeriesPaint(0, NEUTRAL);
    renderer.setSeriesStroke(0, new BasicStroke(2.5f));
    renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", Units.numberFormat(ind)));
    renderer.setDefaultItemLabelsVisible(values.size() <= 24);
    renderer.setDefaultItemLabelFont(NOTE_FONT);
    plot.setRenderer(renderer);
    plot.setNoDataMessage("Belum ada data");
    valueAxis(plot, ind);
    ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
    plot.getRangeAxis().setUpperMargin(0.12);
    plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(2.0f);
    if (values.size() > 8) {
      plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i).value() == null) {
        CategoryMarker gap = new CategoryMarker(keys.get(i), new Color(0xbbbbbb), new BasicStroke(1f,
            BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {4f, 4f}, 0f));
        gap.setDrawAsLine(true);
        gap.setLabel(values.get(i).suppressed() ? SUPPRESSED_SHORT : NO_DATA_LABEL);
        gap.setLabelFont(NOTE_FONT);
        gap.setLabelPaint(GAP_TEXT);
        gap.setLabelAnchor(RectangleAnchor.BOTTOM);
        gap.setLabelTextAnchor(TextAnchor.BOTTOM_CENTER);
        plot.addDomainMarker(gap, Layer.BACKGROUND);
      }
    }
    if (values.stream().anyMatch(ChartValue::suppressed)) {
      chart.addSubtitle(note("Titik terputus: " + SUPPRESSED_LABEL));
    }
    return new Chart(chart, WIDTH, 420);
  }

  static List<ChartValue> rank(Direction direction, List<ChartValue> values) {
    Comparator<ChartValue> byValue = Comparator.comparing(ChartValue::value);
    Comparator<ChartValue> best = direction == Direction.LOWER_IS_BETTER ? byValue : byValue.reversed();
    List<ChartValue> ranked = new ArrayList<>(values.stream().filter(v -> v.value() != null).sorted(best).toList());
    ranked.addAll(values.stream().filter(v -> v.value() == null).toList());
    return ranked;
  }

  private static BarRenderer barRenderer(Indicator ind, List<ChartValue> ranked) {
    List<Paint> paints = colours(ind.direction(), ranked);
    BarRenderer renderer = new BarRenderer() {
      @Override
      public Paint getItemPaint(int row, int column) {
        return paints.get(column);
      }
    };
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(false);
    renderer.setMaximumBarWidth(0.08);
    renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", Units.numberFormat(ind)));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(LABEL_FONT);
    renderer.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    return renderer;
  }

  /** Red for the worst value, green for the best, by position between the extremes. */
  private static List<Paint> colours(Direction direction, List<ChartValue> ranked) {
    double min = ranked.stream().filter(v -> v.value() != null).mapToDouble(ChartValue::value).min().orElse(0);
    double max = ranked.stream().filter(v -> v.value() != null).mapToDouble(ChartValue::value).max().orElse(0);
    List<Paint> paints = new ArrayList<>();
    for (ChartValue v : ranked) {
      if (direction == Direction.NEUTRAL || v.value() == null || max == min) {
        paints.add(NEUTRAL);
        continue;
      }
      double goodness = (v.value() - min) / (max - min);
      paints.add(scale(direction == Direction.LOWER_IS_BETTER ? 1 - goodness : goodness));
    }
    return paints;
  }

  private static Color scale(double goodness) {
    return goodness < 0.5 ? mix(BAD, MIDDLE, goodness * 2) : mix(MIDDLE, GOOD, (goodness - 0.5) * 2);
  }

  private static Color mix(Color a, Color b, double t) {
    return new Color(
        (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
        (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
        (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
  }

  /** The value axis in the indicator's number format; whole-number ticks for counts and rupiah (no "0 0 1 1"). */
  private static void valueAxis(CategoryPlot plot, Indicator ind) {
    NumberAxis axis = (NumberAxis) plot.getRangeAxis();
    axis.setNumberFormatOverride(Units.numberFormat(ind));
    if (Units.wholeNumbers(ind)) {
      axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    }
  }

  private static void subtitle(JFreeChart chart, Direction direction) {
    switch (direction) {
      case HIGHER_IS_BETTER -> chart.addSubtitle(note("Makin tinggi makin baik (hijau = terbaik)"));
      case LOWER_IS_BETTER -> chart.addSubtitle(note("Makin rendah makin baik (hijau = terbaik)"));
      case NEUTRAL -> { }
    }
  }

  private static TextTitle note(String text) {
    TextTitle title = new TextTitle(text, NOTE_FONT);
    title.setPaint(GAP_TEXT);
    return title;
  }

  /** Category keys must be unique: a repeated label gets " (2)", " (3)", ... */
  private static List<String> uniqueLabels(List<ChartValue> values) {
    Map<String, Integer> seen = new HashMap<>();
    List<String> keys = new ArrayList<>();
    for (ChartValue v : values) {
      int n = seen.merge(v.label(), 1, Integer::sum);
      keys.add(n == 1 ? v.label() : v.label() + " (" + n + ")");
    }
    return keys;
  }
}
