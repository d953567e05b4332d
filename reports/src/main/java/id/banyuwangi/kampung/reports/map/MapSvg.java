package id.banyuwangi.kampung.reports.map;

import java.util.List;

/** Writes a {@link MapLayout} as a standalone SVG document. */
final class MapSvg {
  private MapSvg() {}

  static String write(MapLayout m) {
    String hatch = "url(#" + m.hatchId() + ")";
    Svg svg = new Svg();
    svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 " + m.width() + " " + m.height(),
        "width", m.width(), "height", m.height(), "role", "img", "aria-label", m.title(), "class", "choropleth",
        "data-indicator", m.indicator(), "font-family", "DejaVu Sans, Arial, sans-serif");
    svg.element("title", m.title());
    svg.element("desc", m.summary());
    svg.raw("<defs><pattern id=\"" + m.hatchId() + "\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\""
        + " patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"" + MapPalette.HATCH_GROUND + "\"/>"
        + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"" + MapPalette.HATCH_INK + "\" stroke-width=\"2\"/></pattern></defs>");
    svg.open("text", "x", MapLayout.MAP_X, "y", 28, "font-size", MapLayout.TITLE_SIZE, "font-weight", "bold",
        "fill", MapLayout.INK);
    svg.text(m.title()).close("text");

    String origin = "translate(" + MapLayout.MAP_X + " " + MapLayout.TOP + ")";
    svg.open("g", "class", "areas", "transform", origin);
    for (MapLayout.Shape s : m.areas()) {
      svg.open("g", "class", "area " + s.state(), "data-area", s.code(), "data-name", s.name(),
          "data-value", s.value() == null ? null : String.valueOf(s.value()));
      svg.element("title", s.tooltip());
      svg.open("path", "d", path(s.rings()), "fill", fill(s.fill(), hatch), "fill-rule", "evenodd", "stroke", "#ffffff",
          "stroke-width", 1.2, "stroke-linejoin", "round").closeEmpty();
      svg.close("g");
    }
    svg.close("g");
    svg.open("g", "class", "labels", "transform", origin, "font-size", MapLayout.LABEL_SIZE, "text-anchor", "middle",
        "pointer-events", "none");
    for (MapLayout.Label l : m.labels()) {
      svg.open("text", "x", l.x(), "y", l.y(), "fill", MapLayout.INK, "stroke", "#ffffff", "stroke-width", 3,
          "paint-order", "stroke").text(l.text()).close("text");
    }
    svg.close("g");

    svg.open("g", "class", "legend", "transform", "translate(" + m.legendX() + " " + MapLayout.TOP + ")",
        "font-size", MapLayout.LEGEND_SIZE, "fill", MapLayout.INK);
    svg.open("text", "x", 0, "y", 0, "font-weight", "bold");
    for (int i = 0; i < m.heading().size(); i++) {
      svg.open("tspan", "x", 0, "dy", i == 0 ? 0 : MapLayout.HEADING_LINE).text(m.heading().get(i)).close("tspan");
    }
    svg.close("text");
    int y = MapLayout.LEGEND_TOP;
    for (MapLayout.LegendEntry e : m.legend()) {
      svg.open("g", "class", e.kind().equals("class") ? "legend-class" : "legend-" + e.kind(),
          "data-lower", e.lower() == null ? null : String.valueOf(e.lower()),
          "data-upper", e.upper() == null ? null : String.valueOf(e.upper()));
      svg.open("rect", "x", 0, "y", y, "width", MapLayout.SWATCH, "height", MapLayout.SWATCH - 2,
          "fill", fill(e.fill(), hatch), "stroke", MapLayout.SWATCH_EDGE).closeEmpty();
      svg.open("text", "x", MapLayout.SWATCH + 8, "y", y + 12).text(e.text()).close("text");
      svg.close("g");
      y += MapLayout.LINE;
    }
    svg.close("g");
    return svg.close("svg").toString();
  }

  private static String fill(String fill, String hatch) {
    return fill.equals(MapLayout.HATCH) ? hatch : fill;
  }

  private static String path(List<List<double[]>> rings) {
    StringBuilder d = new StringBuilder();
    for (List<double[]> ring : rings) {
      for (int i = 0; i < ring.size(); i++) {
        d.append(i == 0 ? 'M' : 'L').append(Svg.num(ring.get(i)[0])).append(' ').append(Svg.num(ring.get(i)[1]));
      }
      d.append('Z');
    }
    return d.toString();
  }
}
