package id.banyuwangi.kampung.reports.map;

import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.reports.Lang;
import id.banyuwangi.kampung.reports.Units;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A choropleth of one indicator over areas (the kecamatan of the regency, the villages of a
 * kecamatan) as a standalone SVG document, drawn offline from the reference boundaries
 * ({@link Boundaries}). Colours follow the indicator's direction, the better end always the darkest
 * blue ({@link MapPalette}); a suppressed area is hatched and labelled, an area without a value
 * grey; a legend gives the class breaks ({@link MapBreaks}). Each area is a {@code <g class="area"
 * data-area="CODE">} with a {@code <title>} (name, value, what it counts), so a page that inlines
 * the SVG can make the areas clickable; only presentation attributes are used (no {@code style}),
 * so it inlines under a strict Content-Security-Policy. Stateless and thread-safe.
 */
public final class ChoroplethMap {
  private static final int WIDTH = 900;
  private static final int MAP_WIDTH = 600;
  private static final int MAP_HEIGHT = 640;
  private static final int TOP = 48;
  private static final int LEGEND_X = 630;
  private static final int SWATCH = 16;
  private static final int LINE = 22;

  private final Indicator indicator;
  private final Lang lang;
  private final MapText text;

  private ChoroplethMap(Indicator indicator, Lang lang) {
    this.indicator = indicator;
    this.lang = lang;
    this.text = MapText.of(lang.locale());
  }

  /** A map of {@code indicator} with numbers and words in {@code lang}. */
  public static ChoroplethMap of(Indicator indicator, Lang lang) {
    return new ChoroplethMap(indicator, lang);
  }

  /**
   * The SVG document (UTF-8 text) of {@code features}, each coloured by its value in
   * {@code values} (matched by area code; a feature without one has no data).
   */
  public String svg(String title, List<MapFeature> features, List<MapValue> values) {
    Map<String, MapValue> byArea = values.stream()
        .collect(Collectors.toMap(MapValue::areaCode, Function.identity(), (a, b) -> a));
    MapBreaks breaks = MapBreaks.of(features.stream().map(f -> byArea.get(f.code()))
        .filter(v -> v != null && v.value() != null).map(MapValue::value).toList());
    MapProjection projection = MapProjection.fit(features, MAP_WIDTH, MAP_HEIGHT);
    List<String> legend = legend(breaks);
    int height = (int) Math.ceil(Math.max(TOP + projection.height(), TOP + 30 + legend.size() * LINE)) + 12;
    String hatch = "hatch-" + indicator.code();

    Svg svg = new Svg();
    svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 " + WIDTH + " " + height,
        "width", WIDTH, "height", height, "role", "img", "aria-label", title, "class", "choropleth",
        "data-indicator", indicator.code(), "font-family", "DejaVu Sans, Arial, sans-serif");
    int valued = (int) features.stream().filter(f -> has(byArea, f)).count();
    int hidden = (int) features.stream().filter(f -> byArea.containsKey(f.code()) && byArea.get(f.code()).suppressed()).count();
    svg.element("title", title);
    svg.element("desc", text.summary(title, features.size(), valued, hidden));
    svg.raw("<defs><pattern id=\"" + hatch + "\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\""
        + " patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#f7f7f7\"/>"
        + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"" + MapPalette.HATCH_INK + "\" stroke-width=\"2\"/></pattern></defs>");
    svg.open("text", "x", 10, "y", 28, "font-size", 18, "font-weight", "bold", "fill", "#1f2933");
    svg.text(title).close("text");

    svg.open("g", "class", "areas", "transform", "translate(10 " + TOP + ")");
    List<String> labels = new ArrayList<>();
    for (MapFeature f : features) {
      MapValue v = byArea.get(f.code());
      String state = v == null ? "nodata" : v.suppressed() ? "suppressed" : v.value() == null ? "nodata" : "valued";
      String fill = switch (state) {
        case "valued" -> MapPalette.fill(indicator.direction(), breaks.classOf(v.value()), breaks.classes());
        case "suppressed" -> "url(#" + hatch + ")";
        default -> MapPalette.NO_DATA;
      };
      svg.open("g", "class", "area " + state, "data-area", f.code(), "data-name", f.name(),
          "data-value", state.equals("valued") ? String.valueOf(v.value()) : null);
      svg.element("title", tooltip(f, v));
      svg.open("path", "d", path(f, projection), "fill", fill, "fill-rule", "evenodd", "stroke", "#ffffff",
          "stroke-width", 1.2, "stroke-linejoin", "round").closeEmpty();
      svg.close("g");
      if (state.equals("suppressed")) {
        labels.add(label(projection, f));
      }
    }
    svg.close("g");
    svg.open("g", "class", "labels", "transform", "translate(10 " + TOP + ")", "font-size", 10, "text-anchor", "middle",
        "pointer-events", "none");
    labels.forEach(svg::raw);
    svg.close("g");

    svg.open("g", "class", "legend", "transform", "translate(" + LEGEND_X + " " + TOP + ")", "font-size", 13,
        "fill", "#1f2933");
    legendHeading(svg);
    int y = 30;
    for (int i = breaks.classes() - 1; i >= 0; i--) {
      String fill = MapPalette.fill(indicator.direction(), i, breaks.classes());
      svg.open("g", "class", "legend-class", "data-lower", String.valueOf(breaks.lower(i)),
          "data-upper", String.valueOf(breaks.upper(i)));
      swatch(svg, y, fill);
      svg.open("text", "x", SWATCH + 8, "y", y + 12).text(legend.get(breaks.classes() - 1 - i)).close("text");
      svg.close("g");
      y += LINE;
    }
    svg.open("g", "class", "legend-suppressed");
    swatch(svg, y, "url(#" + hatch + ")");
    svg.open("text", "x", SWATCH + 8, "y", y + 12).text(text.suppressed()).close("text").close("g");
    y += LINE;
    svg.open("g", "class", "legend-nodata");
    swatch(svg, y, MapPalette.NO_DATA);
    svg.open("text", "x", SWATCH + 8, "y", y + 12).text(text.noData()).close("text").close("g");
    svg.close("g");
    return svg.close("svg").toString();
  }

  /** One line per class, highest values first; the better end says so. */
  private List<String> legend(MapBreaks breaks) {
    List<String> lines = new ArrayList<>();
    for (int i = breaks.classes() - 1; i >= 0; i--) {
      String range = breaks.lower(i) == breaks.upper(i) ? format(breaks.upper(i))
          : format(breaks.lower(i)) + " – " + format(breaks.upper(i));
      boolean best = switch (indicator.direction()) {
        case HIGHER_IS_BETTER -> i == breaks.classes() - 1;
        case LOWER_IS_BETTER -> i == 0;
        case NEUTRAL -> false;
      };
      lines.add(best && breaks.classes() > 1 ? range + "  (" + text.better() + ")" : range);
    }
    return lines;
  }

  private void legendHeading(Svg svg) {
    String name = text.english() ? indicator.nameEn() : indicator.nameId();
    svg.open("text", "x", 0, "y", 0, "font-weight", "bold");
    List<String> lines = wrap(name + " (" + Units.label(indicator) + ")", 32);
    for (int i = 0; i < lines.size(); i++) {
      svg.open("tspan", "x", 0, "dy", i == 0 ? 0 : 15).text(lines.get(i)).close("tspan");
    }
    svg.close("text");
  }

  private static void swatch(Svg svg, int y, String fill) {
    svg.open("rect", "x", 0, "y", y, "width", SWATCH, "height", SWATCH - 2, "fill", fill, "stroke", "#9aa5b1")
        .closeEmpty();
  }

  private String tooltip(MapFeature f, MapValue v) {
    String name = MapText.areaName(f);
    if (v == null || (!v.suppressed() && v.value() == null)) {
      return name + ": " + text.noData();
    }
    if (v.suppressed()) {
      return name + ": " + text.suppressedWhy();
    }
    String count = v.count() == null ? ""
        : " (" + NumberFormat.getIntegerInstance(lang.locale()).format(v.count()) + " " + text.countOf(indicator.smallCellUnit()) + ")";
    return name + ": " + format(v.value()) + count;
  }

  private String label(MapProjection p, MapFeature f) {
    return "<text x=\"" + Svg.num(p.x(f.centroidLng())) + "\" y=\"" + Svg.num(p.y(f.centroidLat()))
        + "\" fill=\"#1f2933\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">"
        + Svg.escape(text.suppressed()) + "</text>";
  }

  private static String path(MapFeature f, MapProjection p) {
    StringBuilder d = new StringBuilder();
    for (List<double[]> ring : f.rings()) {
      for (int i = 0; i < ring.size(); i++) {
        d.append(i == 0 ? 'M' : 'L').append(Svg.num(p.x(ring.get(i)[0]))).append(' ').append(Svg.num(p.y(ring.get(i)[1])));
      }
      d.append('Z');
    }
    return d.toString();
  }

  private static boolean has(Map<String, MapValue> byArea, MapFeature f) {
    MapValue v = byArea.get(f.code());
    return v != null && v.value() != null;
  }

  private String format(double value) {
    return Units.format(indicator, value, lang);
  }

  private static List<String> wrap(String s, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : s.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    lines.add(line.toString());
    return lines;
  }
}
