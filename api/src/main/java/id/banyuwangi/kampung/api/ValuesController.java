package id.banyuwangi.kampung.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.domain.period.Period;
import id.banyuwangi.kampung.domain.period.PeriodKind;
import id.banyuwangi.kampung.domain.region.Area;
import id.banyuwangi.kampung.read.BreakdownValue;
import id.banyuwangi.kampung.read.Cell;
import id.banyuwangi.kampung.read.IndicatorCells;
import id.banyuwangi.kampung.read.IndicatorValue;
import id.banyuwangi.kampung.read.IndicatorValues;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /api/v1/values?indicator=CODE&area=CODE[&period=P][&children=true][&by=B]}: the public
 * values of one area, or of the areas one level below it (ordered by code). Without a period, all
 * periods in calendar order. A suppressed value has value, numerator and denominator null. The
 * period must be of a kind the indicator is published for (400 otherwise). A categorical
 * indicator (IDM_STATUS) has one value per band above the village level, each with its
 * {@code "category"}; a village's value is null with its band as category. With {@code by} (one of
 * the indicator's catalog breakdowns: sex, service, channel, dimension) each value is one member's,
 * with {@code "breakdown"} and {@code "member"}. A hidden value says why ({@code "suppression"}:
 * {@code primary}, a small cell; {@code secondary}, hidden so that no small cell can be recomputed).
 *
 * <p>In JSON (its shape as it always was, with the {@code build} block after the values), CSV,
 * SDMX-CSV or SDMX-JSON ({@link Negotiation}); {@code limit} and {@code cursor} page through the
 * values ({@link Page}); {@code suppression=none} (scope {@code restricted:read}) shows the hidden
 * values' numbers, each still saying why public outputs hide it.
 */
final class ValuesController implements AnswerSource<ValuesController.Query> {
  @JsonPropertyOrder({"area", "area_name", "period", "breakdown", "member", "value", "numerator", "denominator",
      "suppressed", "suppression", "category"})
  record ValueJson(
      String area,
      @JsonProperty("area_name") String areaName,
      String period,
      @JsonInclude(JsonInclude.Include.NON_NULL) String breakdown,
      @JsonInclude(JsonInclude.Include.NON_NULL) String member,
      Double value,
      Double numerator,
      Double denominator,
      boolean suppressed,
      @JsonInclude(JsonInclude.Include.NON_NULL) String suppression,
      @JsonInclude(JsonInclude.Include.NON_NULL) String category) {

    static ValueJson of(Cell c) {
      return new ValueJson(c.areaCode(), c.areaName(), c.period(), c.breakdown(), c.member(), c.value(), c.numerator(),
          c.denominator(), c.suppressed(), c.suppression(), c.category());
    }
  }

  @JsonPropertyOrder({"indicator", "values", "next", "build"})
  record ValuesJson(String indicator, List<ValueJson> values,
      @JsonInclude(JsonInclude.Include.NON_NULL) String next, BuildBlock build) {}

  /** The canonical query: codes as the catalog spells them, the period with the kind it is published as. */
  record Query(String indicator, String area, String period, PeriodKind kind, boolean children, String by,
      IndicatorCells.Access access, DataFormat format, Page page) {}

  @Override
  public Query query(Params params, WarehouseBuild build) {
    Indicator indicator = IndicatorParam.parse(params.query("indicator"), build.catalog());
    Area area = AreaParam.parse(params.query("area"));
    Optional<Period> period = PeriodParam.from(params, indicator);
    return new Query(indicator.code(), area.code(), period.map(Period::code).orElse(null),
        period.map(Period::kind).orElse(null), childrenParam(params), byParam(params, indicator).orElse(null),
        SuppressionParam.parse(params), Negotiation.choose(params, DataFormat.LIST), Page.of(params));
  }

  @Override
  public Answer answer(WarehouseBuild build, Query q) {
    List<Cell> all;
    try (BuildConnections.Pooled c = build.connection()) {
      all = q.access() == IndicatorCells.Access.RESTRICTED ? restricted(c, q) : published(new IndicatorValues(c.connection()), q);
    }
    List<Cell> rows = q.page().of(all);
    String next = q.page().next(build.id(), all.size());
    Answer answer = switch (q.format()) {
      case JSON -> Answer.json(new ValuesJson(q.indicator(), rows.stream().map(ValueJson::of).toList(), next, build.block()));
      case SDMX_JSON -> Answer.json(SdmxJsonData.message(build.sdmx(), rows, build.block(),
          SdmxJsonData.AtObservation.TIME_PERIOD), q.format().contentType());
      default -> new Answer(q.format().contentType(), CellWriter.bytes(q.format(), rows, build.sdmx()));
    };
    return next == null ? answer : answer.withNext(next);
  }

  private static List<Cell> published(IndicatorValues values, Query q) {
    if (q.by() != null) {
      return values.breakdown(q.indicator(), q.area(), q.children(), q.period(), q.kind(), q.by())
          .stream().map(ValuesController::cell).toList();
    }
    return (q.children()
        ? values.forChildren(q.indicator(), q.area(), q.period(), q.kind())
        : values.forArea(q.indicator(), q.area(), q.period(), q.kind())).stream().map(v -> cell(v, null, null)).toList();
  }

  /** The same cells with their numbers (in the order of the cells' key, which the public read also keeps per area). */
  private static List<Cell> restricted(BuildConnections.Pooled c, Query q) {
    return new IndicatorCells(c.connection()).list(ValuesFilter.of(q), IndicatorCells.Access.RESTRICTED, 0,
        Integer.MAX_VALUE);
  }

  private static Cell cell(BreakdownValue b) {
    return cell(b.value(), b.breakdown(), b.member());
  }

  static Cell cell(IndicatorValue v, String breakdown, String member) {
    Period p = Period.parse(v.period());
    return new Cell(v.indicatorCode(), v.areaCode(), v.areaName(), v.areaLevel(), v.period(), v.periodKind(),
        p.start(), p.end(), breakdown, member, v.category(), v.value(), v.numerator(), v.denominator(), v.suppressed(),
        v.suppression());
  }

  /** {@code by}: absent, or one of the indicator's catalog breakdowns. */
  private static Optional<String> byParam(Params params, Indicator indicator) {
    String raw = params.query("by");
    if (raw == null || raw.isEmpty()) {
      return Optional.empty();
    }
    if (indicator.breakdowns().contains(raw)) {
      return Optional.of(raw);
    }
    String shown = raw.matches("[a-z_]{1,32}") ? " '" + raw + "'" : "";
    String offered = indicator.breakdowns().isEmpty() ? "it has none" : "it has: " + String.join(", ", indicator.breakdowns());
    throw new BadRequest("indicator " + indicator.code() + " cannot be broken down by" + shown + "; " + offered);
  }

  private static boolean childrenParam(Params params) {
    String raw = params.query("children");
    if (raw == null || raw.isEmpty() || raw.equals("false")) {
      return false;
    }
    if (raw.equals("true")) {
      return true;
    }
    throw new BadRequest("children must be true or false");
  }
}
