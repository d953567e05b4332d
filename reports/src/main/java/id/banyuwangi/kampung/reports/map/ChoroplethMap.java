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
 * kecamatan), drawn offline from the reference boundaries ({@link Boundaries}): as a standalone
 * SVG document ({@link #svg}, the dashboard's and the notebooks') or as vectors and text on a
 * {@code Graphics2D} ({@link #drawing}, the briefs'), both from one layout. Colours follow the
 * indicator's direction, the better end always the darkest blue ({@link MapPalette}); a suppressed
 * area is hatched and labelled, an area without a value grey; a legend gives the class breaks
 * ({@link MapBreaks}). In the SVG each area is a {@code <g class="area" data-area="CODE">} with a
 * {@code <title>} (name, value, what it counts), so a page that inlines it can make the areas
 * clickable; only presentation attributes are used (no {@code style}), so it inlines under a strict
 * Content-Security-Policy. Stateless and thread-safe.
 */
public final class ChoroplethMap {
  private static final int MAP_WIDTH = 600;
  private static final int MAP_HEIGHT = 640;
  private static final int LEGEND_GAP = 20;
  private static final int LEGEND_WIDTH = 270;
  private static final int HEADING_WRAP = 32;

  private final Indicator indicator;
  private final Lang lang;
  private final MapText text;
  private final int mapWidth;
  private final int mapHeight;

  private ChoroplethMap(Indicator indicator, Lang lang, int mapWidth, int mapHeight) {
    this.indicator = indicator;
    this.lang = lang;
    this.text = MapText.of(lang.locale());
    this.mapWidth = mapWidth;
    this.mapHeight = mapHeight;
  }

  /** A map of {@code indicator} with numbers and words in {@code lang}, its areas fitted into 600 x 640 pixels. */
  public static ChoroplethMap of(Indicator indicator, Lang lang) {
    return new ChoroplethMap(indicator, lang, MAP_WIDTH, MAP_HEIGHT);
  }

  /** The same map with its areas fitted into {@code width} x {@code height} pixels; title and legend keep their size. */
  public ChoroplethMap fittedInto(int width, int height) {
    return new ChoroplethMap(indicator, lang, width, height);
  }

  /**
   * The SVG document (UTF-8 text) of {@code features}, each coloured by its value in
   * {@code values} (matched by area code; a feature without one has no data).
   */
  public String svg(String title, List<MapFeature> features, List<MapValue> values) {
    return MapSvg.write(layout(title, features, values));
  }

  /** The same map as a drawing for a {@code Graphics2D} (a PDF page's), in vectors and text. */
  public MapDrawing drawing(String title, List<MapFeature> features, List<MapValue> values) {
    return new MapDrawing(layout(title, features, values));
  }

  private MapLayout layout(String title, List<MapFeature> features, List<MapValue> values) {
    Map<String, MapValue> byArea = values.stream()
        .collect(Collectors.toMap(MapValue::areaCode, Function.identity(), (a, b) -> a));
    MapBreaks breaks = MapBreaks.of(features.stream().map(f -> byArea.get(f.code()))
        .filter(v -> v != null && v.value() != null).map(MapValue::value).toList());
    MapProjection projection = MapProjection.fit(features, mapWidth, mapHeight);
    List<MapLayout.Shape> shapes = new ArrayList<>();
    List<MapLayout.Label> labels = new ArrayList<>();
    for (MapFeature f : features) {
      MapValue v = byArea.get(f.code());
      String state = v == null ? "nodata" : v.suppressed() ? "suppressed" : v.value() == null ? "nodata" : "valued";
      String fill = switch (state) {
        case "valued" -> MapPalette.fill(indicator.direction(), breaks.classOf(v.value()), breaks.classes());
        case "suppressed" -> MapLayout.HATCH;
        default -> MapPalette.NO_DATA;
      };
      shapes.add(new MapLayout.Shape(f.code(), f.name(), state, fill, tooltip(f, v),
          state.equals("valued") ? v.value() : null, projected(f, projection)));
      if (state.equals("suppressed")) {
        labels.add(new MapLayout.Label(projection.x(f.centroidLng()), projection.y(f.centroidLat()), text.suppressed()));
      }
    }
    List<MapLayout.LegendEntry> legend = legend(breaks);
    int legendX = MapLayout.MAP_X + (int) Math.ceil(projection.width()) + LEGEND_GAP;
    int height = (int) Math.ceil(MapLayout.TOP + Math.max(projection.height(),
        MapLayout.LEGEND_TOP + legend.size() * MapLayout.LINE)) + 12;
    long valued = shapes.stream().filter(s -> s.state().equals("valued")).count();
    String summary = text.summary(title, features.size(), (int) valued, labels.size());
    String name = text.english() ? indicator.nameEn() : indicator.nameId();
    return new MapLayout(legendX + LEGEND_WIDTH, height, title, summary, indicator.code(), "hatch-" + indicator.code(),
        shapes, labels, legendX, wrap(name + " (" + Units.label(indicator) + ")", HEADING_WRAP), legend);
  }

  /** One line per class, highest values first (the better end says so), then hidden and no data. */
  private List<MapLayout.LegendEntry> legend(MapBreaks breaks) {
    List<MapLayout.LegendEntry> lines = new ArrayList<>();
    for (int i = breaks.classes() - 1; i >= 0; i--) {
      String range = breaks.lower(i) == breaks.upper(i) ? format(breaks.upper(i))
          : format(breaks.lower(i)) + " – " + format(breaks.upper(i));
      boolean best = switch (indicator.direction()) {
        case HIGHER_IS_BETTER -> i == breaks.classes() - 1;
        case LOWER_IS_BETTER -> i == 0;
        case NEUTRAL -> false;
      };
      lines.add(new MapLayout.LegendEntry("class", MapPalette.fill(indicator.direction(), i, breaks.classes()),
          best && breaks.classes() > 1 ? range + "  (" + text.better() + ")" : range, breaks.lower(i), breaks.upper(i)));
    }
    lines.add(new MapLayout.LegendEntry("suppressed", MapLayout.HATCH, text.suppressed(), null, null));
    lines.add(new MapLayout.LegendEntry("nodata", MapPalette.NO_DATA, text.noData(), null, null));
    return lines;
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

  private static List<List<double[]>> projected(MapFeature f, MapProjection p) {
    List<List<double[]>> rings = new ArrayList<>();
    for (List<double[]> ring : f.rings()) {
      rings.add(ring.stream().map(pt -> new double[] {p.x(pt[0]), p.y(pt[1])}).toList());
    }
    return rings;
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
