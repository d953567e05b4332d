package id.banyuwangi.kampung.notebooks;

import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.reports.Lang;
import id.banyuwangi.kampung.reports.map.Boundaries;
import id.banyuwangi.kampung.reports.map.ChoroplethMap;
import id.banyuwangi.kampung.reports.map.MapFeature;
import id.banyuwangi.kampung.reports.map.MapValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a cell's result as the dashboard's and the briefs' choropleth ({@link ChoroplethMap}),
 * inlined in the page as SVG: the columns {@code area_code} and {@code value} (else the first two)
 * and optionally a boolean {@code suppressed} (drawn hatched and labelled). The areas are the 25
 * kecamatan when the codes are kecamatan codes, the villages of one kecamatan when they are
 * village codes of that kecamatan.
 */
final class CellMap {
  private static final int KECAMATAN_CODE = 6;
  private static final int VILLAGE_CODE = 10;

  private final Lang lang;

  CellMap(Lang lang) {
    this.lang = lang;
  }

  /**
   * The {@code <figure>} holding the map's SVG.
   *
   * @throws IllegalArgumentException when the indicator is unknown, or the codes are neither
   *     kecamatan nor the villages of one kecamatan
   */
  String html(CellDirective directive, CellResult result, IndicatorCatalog catalog) {
    Indicator indicator = catalog.find(directive.indicator()).orElseThrow(() -> new IllegalArgumentException(
        "unknown indicator '" + directive.indicator() + "' in the cell's directive"));
    List<MapValue> values = values(result);
    String svg = ChoroplethMap.of(indicator, lang).svg(lang.name(indicator), features(values), values);
    return "<figure class=\"map\">" + svg.substring(svg.indexOf("<svg")) + "</figure>\n";
  }

  private static List<MapFeature> features(List<MapValue> values) {
    List<String> codes = values.stream().map(MapValue::areaCode).distinct().toList();
    if (!codes.isEmpty() && codes.stream().allMatch(c -> c.length() == KECAMATAN_CODE)) {
      return Boundaries.kecamatan();
    }
    if (!codes.isEmpty() && codes.stream().allMatch(c -> c.length() == VILLAGE_CODE
        && c.startsWith(codes.get(0).substring(0, KECAMATAN_CODE)))) {
      return Boundaries.villagesOf(codes.get(0).substring(0, KECAMATAN_CODE));
    }
    throw new IllegalArgumentException("a map cell's area codes are the kecamatan (351001) or the villages of one"
        + " kecamatan (3510012001); the result has " + codes.stream().limit(3).toList());
  }

  private static List<MapValue> values(CellResult result) {
    int code = column(result, "area_code", 0);
    int value = column(result, "value", 1);
    int suppressed = result.column("suppressed");
    List<MapValue> values = new ArrayList<>();
    for (List<Object> row : result.rows()) {
      values.add(new MapValue(String.valueOf(row.get(code)), CellChart.number(result, row, value), null,
          suppressed >= 0 && Boolean.TRUE.equals(row.get(suppressed))));
    }
    return values;
  }

  /** The column labelled {@code label}, else the {@code fallback}-th. */
  private static int column(CellResult result, String label, int fallback) {
    int i = result.column(label);
    if (i < 0 && result.columns().size() <= fallback) {
      throw new IllegalArgumentException("a map needs an area_code column and a value column; the result has "
          + result.columns().size() + " column(s)");
    }
    return i >= 0 ? i : fallback;
  }
}
