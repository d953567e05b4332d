package id.banyuwangi.kampung.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.domain.indicator.Measure;
import id.banyuwangi.kampung.reports.Units;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/indicators}: the catalog of the build being served, in catalog order, each
 * indicator with how its unit reads in Indonesian ({@code unit_label}: "%", "jam", "per 1.000"),
 * its numerator and denominator in words, and its definition as data: the named measures, rollup,
 * scale, decimals and small-cell unit.
 */
final class IndicatorsController implements AnswerSource<IndicatorsController.Query> {
  @JsonInclude(JsonInclude.Include.NON_NULL)
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
      List<String> disaggregations,
      Map<String, String> measures,
      String rollup,
      double scale,
      int decimals,
      @JsonProperty("small_cell_unit") String smallCellUnit,
      @JsonProperty("period_boundary") String periodBoundary,
      String framework,
      @JsonProperty("valid_years") String validYears) {

    static IndicatorJson of(Indicator i, IndicatorCatalog catalog) {
      Map<String, String> measures = new LinkedHashMap<>();
      measures.put("numerator", blankToNull(i.numerator()));
      measures.put("denominator", blankToNull(i.denominator()));
      measures.put("statistic", blankToNull(i.statistic()));
      measures.put("cell_count", blankToNull(i.cellCount()));
      measures.values().removeIf(v -> v == null);
      return new IndicatorJson(i.code(), i.nameId(), i.nameEn(), i.unit(), Units.label(i), i.domain(), i.definition(),
          i.direction().name(), describe(catalog, i.numerator().isEmpty() ? i.statistic() : i.numerator()),
          describe(catalog, i.denominator()), i.periods().stream().map(Enum::name).toList(), i.disaggregations(),
          measures, i.rollup().name(), i.scale(), i.decimals(), blankToNull(i.smallCellUnit()),
          i.periodBoundary().code(), blankToNull(i.framework()), blankToNull(i.validYears().toString()));
    }

    private static String describe(IndicatorCatalog catalog, String measure) {
      return catalog.measure(measure).map(Measure::description).orElse(null);
    }
  }

  record Catalog(List<IndicatorJson> indicators) {}

  /** The route takes no parameters. */
  record Query() {}

  @Override
  public Query query(Params params, WarehouseBuild build) {
    return new Query();
  }

  @Override
  public Answer answer(WarehouseBuild build, Query q) {
    IndicatorCatalog catalog = build.catalog();
    return Answer.json(new Catalog(catalog.all().stream().map(i -> IndicatorJson.of(i, catalog)).toList()));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
