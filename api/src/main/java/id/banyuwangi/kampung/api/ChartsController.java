package id.banyuwangi.kampung.api;

import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.domain.indicator.Rollup;
import id.banyuwangi.kampung.domain.period.Period;
import id.banyuwangi.kampung.domain.period.PeriodKind;
import id.banyuwangi.kampung.domain.region.Area;
import id.banyuwangi.kampung.domain.region.AreaLevel;
import id.banyuwangi.kampung.reports.ChartRenderer;
import id.banyuwangi.kampung.reports.ChartValue;
import id.banyuwangi.kampung.read.IndicatorValues;
import id.banyuwangi.kampung.reports.PeriodLabels;
import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /api/v1/charts/{CODE}.png?area=...[&period=...]}: with a period, the areas one level
 * below the area ranked; without one (or for a village, which has no children), the area's trend
 * over months (over the indicator's first period kind when it has no months). A categorical
 * indicator (rollup COUNT_BY_BAND: IDM_STATUS) is drawn as the number of villages per band, stacked
 * per child area or per period. The period must be of a kind the indicator is published for.
 */
final class ChartsController {
  private static final String SUFFIX = ".png";

  private final WarehouseConnection warehouse;
  private final ChartRenderer renderer = new ChartRenderer();

  ChartsController(WarehouseConnection warehouse) {
    this.warehouse = warehouse;
  }

  void get(Context ctx) throws SQLException {
    String file = ctx.pathParam("file");
    if (!file.endsWith(SUFFIX)) {
      throw new BadRequest("charts are PNG images: ask for /api/v1/charts/CODE.png");
    }
    Indicator indicator = IndicatorParam.parse(file.substring(0, file.length() - SUFFIX.length()), warehouse.catalog());
    Area area = AreaParam.from(ctx);
    Optional<Period> period = PeriodParam.from(ctx, indicator);
    byte[] png;
    try (Connection c = warehouse.connect()) {
      IndicatorValues values = new IndicatorValues(c);
      png = period.isPresent() && area.level() != AreaLevel.VILLAGE
          ? ranked(values, indicator, area, period.get())
          : trend(values, indicator, area);
    }
    ctx.contentType("image/png").result(png);
  }

  private byte[] ranked(IndicatorValues values, Indicator indicator, Area area, Period period) {
    List<ChartValue> bars = values.forChildren(indicator.code(), area.code(), period.code(), period.kind()).stream()
        .map(v -> ChartValue.of(v, v.areaName()))
        .toList();
    String title = indicator.nameId() + " per " + area.level().child().nameId() + ", "
        + AreaParam.displayName(area) + ", " + PeriodLabels.shortLabel(period.code());
    return byBand(indicator)
        ? renderer.categoryCounts(indicator, title, "Wilayah", bars)
        : renderer.rankedBars(indicator, title, bars);
  }

  private byte[] trend(IndicatorValues values, Indicator indicator, Area area) {
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
