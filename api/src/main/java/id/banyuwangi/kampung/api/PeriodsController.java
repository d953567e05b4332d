package id.banyuwangi.kampung.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.read.AvailablePeriod;
import id.banyuwangi.kampung.read.IndicatorValues;
import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * {@code GET /api/v1/periods[?domain=PUBLIC_SERVICE]}: the periods of {@code dim_period} holding
 * values (of the domain's indicators), in calendar order.
 */
final class PeriodsController {
  record PeriodJson(
      String period,
      @JsonProperty("period_kind") String periodKind,
      @JsonProperty("start_date") String startDate,
      @JsonProperty("end_date") String endDate) {

    static PeriodJson of(AvailablePeriod p) {
      return new PeriodJson(p.period(), p.periodKind(), p.startDate().toString(), p.endDate().toString());
    }
  }

  record PeriodsJson(List<PeriodJson> periods) {}

  private final WarehouseConnection warehouse;

  PeriodsController(WarehouseConnection warehouse) {
    this.warehouse = warehouse;
  }

  void list(Context ctx) throws SQLException {
    String domain = ctx.queryParam("domain");
    IndicatorCatalog catalog = warehouse.catalog();
    List<Indicator> indicators = domain == null || domain.isEmpty() ? catalog.all() : catalog.ofDomain(domain);
    if (indicators.isEmpty()) {
      throw new BadRequest("unknown domain: use one of the domains in /api/v1/indicators");
    }
    List<AvailablePeriod> periods;
    try (Connection c = warehouse.connect()) {
      periods = new IndicatorValues(c).periodsWithValues(indicators.stream().map(Indicator::code).toList());
    }
    ctx.json(new PeriodsJson(periods.stream().map(PeriodJson::of).toList()));
  }
}
