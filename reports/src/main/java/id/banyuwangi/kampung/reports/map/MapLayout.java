package id.banyuwangi.kampung.reports.map;

import java.util.List;

/**
 * A choropleth laid out in pixels, before it is written: what {@link ChoroplethMap} computes once
 * and both its writers draw, the SVG document ({@link MapSvg}) and the vector drawing on a
 * {@code Graphics2D} ({@link MapPainter}), so the dashboard and the briefs show the same map.
 * Fills are {@code #rrggbb}, or {@link #HATCH} for a hidden area.
 *
 * @param hatchId the id of the hatch pattern in the SVG (one per indicator, so two maps can share a page)
 * @param legendX where the legend column starts, right of the map
 */
record MapLayout(int width, int height, String title, String summary, String indicator, String hatchId,
    List<Shape> areas, List<Label> labels, int legendX, List<String> heading, List<LegendEntry> legend) {
  /** The fill of a hidden area: hatched. */
  static final String HATCH = "hatch";
  static final int MAP_X = 10;
  static final int TOP = 48;
  static final int SWATCH = 16;
  static final int LINE = 22;
  static final int TITLE_SIZE = 18;
  static final int LEGEND_SIZE = 13;
  static final int LABEL_SIZE = 10;
  static final int HEADING_LINE = 15;
  /** The first legend entry's top, below the heading. */
  static final int LEGEND_TOP = 30;
  static final String INK = "#1f2933";
  static final String SWATCH_EDGE = "#9aa5b1";

  MapLayout {
    areas = List.copyOf(areas);
    labels = List.copyOf(labels);
    heading = List.copyOf(heading);
    legend = List.copyOf(legend);
  }

  /**
   * One area: its rings in pixels (relative to the map's corner), how it is filled, its state
   * ({@code valued}, {@code suppressed}, {@code nodata}) and tooltip.
   *
   * @param value the shown value, null unless valued
   */
  record Shape(String code, String name, String state, String fill, String tooltip, Double value,
      List<List<double[]>> rings) {}

  /** A label at a point of the map ("disamarkan" on a hidden area). */
  record Label(double x, double y, String text) {}

  /**
   * One legend line: its swatch's fill and text, from the top; {@code kind} is {@code class}
   * (with the class's bounds), {@code suppressed} or {@code nodata}.
   */
  record LegendEntry(String kind, String fill, String text, Double lower, Double upper) {}
}
