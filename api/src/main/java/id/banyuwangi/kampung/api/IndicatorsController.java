package id.banyuwangi.kampung.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.reports.Units;
import java.util.List;

/**
 * {@code GET /api/v1/indicators}: the indicator catalog, in catalog order, each with how its unit
 * reads in Indonesian ({@code unit_label}: "%", "jam", "per 1.000", ...).
 */
final class IndicatorsController implements AnswerSource<IndicatorsController.Query> {
  record IndicatorJson(
      String code,
      @JsonProperty("name_id") String nameId,
      @JsonProperty("name_en") String nameEn,
      String unit,
      @JsonProperty("unit_label") String unitLabel,
      String domain,
      String definition,
      String direction,
      String numerator,
      String denominator,
      List<String> periods,
      List<String> disaggregations) {

    static IndicatorJson of(Indicator i) {
      return new IndicatorJson(i.code(), i.nameId(), i.nameEn(), i.unit(), Units.label(i), i.domain(), i.definition(),
          i.direction().name(), blankToNull(i.numerator()), blankToNull(i.denominator()),
          i.periods().stream().map(Enum::name).toList(), i.disaggregations());
    }
  }

  record Catalog(List<IndicatorJson> indicators) {}

  /** The route takes no parameters. */
  record Query() {}

  private final Catalog catalog =
      new Catalog(IndicatorCatalog.standard().all().stream().map(IndicatorJson::of).toList());

  @Override
  public Query query(Params params) {
    return new Query();
  }

  @Override
  public Answer answer(WarehouseBuild build, Query q) {
    return Answer.json(catalog);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
