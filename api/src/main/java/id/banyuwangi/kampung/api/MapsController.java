package id.banyuwangi.kampung.api;

import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.domain.indicator.Rollup;
import id.banyuwangi.kampung.domain.period.Period;
import id.banyuwangi.kampung.domain.period.PeriodKind;
import id.banyuwangi.kampung.domain.region.Area;
import id.banyuwangi.kampung.domain.region.AreaLevel;
import id.banyuwangi.kampung.read.IndicatorValues;
import id.banyuwangi.kampung.reports.PeriodLabels;
import id.banyuwangi.kampung.reports.map.Boundaries;
import id.banyuwangi.kampung.reports.map.ChoroplethMap;
import id.banyuwangi.kampung.reports.map.MapValue;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code GET /api/v1/maps/{CODE}.svg?area=...&period=...[&lang=en]}: a choropleth
 * ({@link ChoroplethMap}) of the areas one level below {@code area} (the regency's kecamatan, a
 * kecamatan's villages) at the period. A village has no areas below it, and a band indicator
 * (IDM_STATUS) no single value per area: both are a 400.
 */
final class MapsController implements AnswerSource<MapsController.Query> {
  record Query(String indicator, String area, String period, PeriodKind kind, String lang) {}

  private static final String SUFFIX = ".svg";

  @Override
  public Query query(Params params, WarehouseBuild build) {
    String file = params.path("file");
    if (!file.endsWith(SUFFIX)) {
      throw new BadRequest("maps are SVG documents: ask for /api/v1/maps/CODE.svg");
    }
    Indicator indicator = IndicatorParam.parse(file.substring(0, file.length() - SUFFIX.length()), build.catalog());
    if (indicator.rollup() == Rollup.COUNT_BY_BAND) {
      throw new BadRequest(indicator.code() + " counts villages per band: it has no single value per area to map");
    }
    Area area = AreaParam.parse(params.query("area"));
    if (area.level() == AreaLevel.VILLAGE) {
      throw new BadRequest("a village has no areas below it: map its kecamatan (" + area.parentCode() + ")");
    }
    Period period = PeriodParam.from(params, indicator)
        .orElseThrow(() -> new BadRequest("period is required: a map shows one period"));
    return new Query(indicator.code(), area.code(), period.code(), period.kind(), LangParam.parse(params));
  }

  @Override
  public Answer answer(WarehouseBuild build, Query q) {
    Indicator indicator = IndicatorParam.parse(q.indicator(), build.catalog());
    Area area = AreaParam.parse(q.area());
    List<MapValue> values;
    try (BuildConnections.Pooled c = build.connection()) {
      values = new IndicatorValues(c.connection()).forChildren(indicator.code(), area.code(), q.period(), q.kind())
          .stream().map(MapValue::of).toList();
    }
    String svg = ChoroplethMap.of(indicator, LangParam.of(q.lang()))
        .svg(title(indicator, area, q), Boundaries.childrenOf(area.code()), values);
    return new Answer("image/svg+xml", svg.getBytes(StandardCharsets.UTF_8));
  }

  private static String title(Indicator indicator, Area area, Query q) {
    boolean en = q.lang().equals("en");
    String children = area.level() == AreaLevel.REGENCY ? "kecamatan" : en ? "village" : "desa";
    return (en ? indicator.nameEn() + " by " : indicator.nameId() + " per ") + children + ", "
        + AreaParam.displayName(area) + ", " + PeriodLabels.shortLabel(q.period());
  }
}
