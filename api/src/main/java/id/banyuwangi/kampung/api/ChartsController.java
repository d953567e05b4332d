package id.banyuwangi.kampung.api;

import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.domain.indicator.Rollup;
import id.banyuwangi.kampung.domain.period.Period;
import id.banyuwangi.kampung.domain.period.PeriodKind;
import id.banyuwangi.kampung.domain.region.Area;
import id.banyuwangi.kampung.domain.region.AreaLevel;
import id.banyuwangi.kampung.reports.Chart;
import id.banyuwangi.kampung.reports.ChartRenderer;
import id.banyuwangi.kampung.reports.ChartValue;
import id.banyuwangi.kampung.read.IndicatorValues;
import id.banyuwangi.kampung.reports.PeriodLabels;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /api/v1/charts/{CODE}.png?area=...[&period=...]}, or {@code CODE.svg} for the same
 * chart as SVG: with a period, the areas one level below the area ranked; without one (or for a village, which has no children), the area's trend
 * over months (over the indicator's first period kind when it has no months). A categorical
 * indicator (rollup COUNT_BY_BAND: IDM_STATUS) is drawn as the number of villages per band, stacked
 * per child area or per period. The period must be of a kind the indicator is published for.
 */
final class ChartsController implements AnswerSource<ChartsController.Query> {
  record Query(String indicator, String area, String period, PeriodKind kind, ChartFormat format) {}

  private final ChartRenderer renderer = new ChartRenderer();

  @Override
  public Query query(Params params, WarehouseBuild build) {
    String file = params.path("file");
    ChartFormat format = ChartFormat.of(file)
        .orElseThrow(() -> new BadRequest("charts are PNG or SVG images: ask for /api/v1/charts/CODE.png or CODE.svg"));
    Indicator indicator = IndicatorParam.parse(format.code(file), build.catalog());
    Area area = AreaParam.parse(params.query("area"));
    Optional<Period> period = PeriodParam.from(params, indicator);
    return new Query(indicator.code(), area.code(), period.map(Period::code).orElse(null),
        period.map(Period::kind).orElse(null), format);
  }

  @Override
  public Answer answer(WarehouseBuild build, Query q) {
    Indicator indicator = IndicatorParam.parse(q.indicator(), build.catalog());
    Area area = AreaParam.parse(q.area());
    Chart chart;
    try (BuildConnections.Pooled c = build.connection()) {
      IndicatorValues values = new IndicatorValues(c.connection());
      chart = q.period() != null && area.level() != AreaLevel.VILLAGE
          ? ranked(values, indicator, area, q.period(), q.kind())
          : trend(values, indicator, area);
    }
    return q.format().answer(chart);
  }

  private Chart ranked(IndicatorValues values, Indicator indicator, Area area, String period, PeriodKind kind) {
    List<ChartValue> bars = values.forChildren(indicator.code(), area.code(), period, kind).stream()
        .map(v -> ChartValue.of(v, v.areaName()))
        .toList();
    String title = indicator.nameId() + " per " + area.level().child().nameId() + ", "
        + AreaParam.displayName(area) + ", " + PeriodLabels.shortLabel(period);
    return byBand(indicator)
        ? renderer.categoryCounts(indicator, title, "Wilayah", bars)
        : renderer.rankedBars(indicator, title, bars);
  }

  private Chart trend(IndicatorValues values, Indicator indicator, Area area) {
    PeriodKind kind = indicator.periods().contains(PeriodKind.MONTH) ? PeriodKind.MONTH : indicator.periods().get(0);
    List<ChartValue> points = values.trend(indicator.code(), area.code(), kind).stream()
        .map(v -> ChartValue.of(v, PeriodLabels.shortLabel(v.period())))
        .toList();
    String title = indicator.nameId() + ", " + AreaParam.displayName(area);
    return byBand(indicator)
        ? renderer.categoryCounts(indicator, title, "Periode", points)
        : renderer.trend(indicator, title, points);
  }

  private static boolean byBand(Indicator indicator) {
    return indicator.rollup() == Rollup.COUNT_BY_BAND;
  }
}
