package id.banyuwangi.kampung.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.read.AvailablePeriod;
import id.banyuwangi.kampung.read.IndicatorValues;
import java.util.List;

/**
 * {@code GET /api/v1/periods[?domain=PUBLIC_SERVICE]}: the periods of {@code dim_period} holding
 * values (of the domain's indicators), in calendar order.
 */
final class PeriodsController implements AnswerSource<PeriodsController.Query> {
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

  /** {@code domain} null: every indicator's periods. */
  record Query(String domain) {}

  @Override
  public Query query(Params params, WarehouseBuild build) {
    String domain = params.query("domain");
    if (domain == null || domain.isEmpty()) {
      return new Query(null);
    }
    if (build.catalog().ofDomain(domain).isEmpty()) {
      throw new BadRequest("unknown domain: use one of the domains in /api/v1/indicators");
    }
    return new Query(domain);
  }

  @Override
  public Answer answer(WarehouseBuild build, Query q) {
    IndicatorCatalog catalog = build.catalog();
    List<Indicator> indicators = q.domain() == null ? catalog.all() : catalog.ofDomain(q.domain());
    List<AvailablePeriod> periods;
    try (BuildConnections.Pooled c = build.connection()) {
      periods = new IndicatorValues(c.connection()).periodsWithValues(indicators.stream().map(Indicator::code).toList());
    }
    return Answer.json(new PeriodsJson(periods.stream().map(PeriodJson::of).toList()));
  }
}
