package id.banyuwangi.kampung.api;

import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.domain.period.Period;
import id.banyuwangi.kampung.domain.region.Area;
import id.banyuwangi.kampung.read.Areas;
import id.banyuwangi.kampung.read.IndicatorValue;
import id.banyuwangi.kampung.read.IndicatorValues;
import id.banyuwangi.kampung.reports.planner.ReportArea;
import id.banyuwangi.kampung.reports.planner.TableWorkbook;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code GET /api/v1/tables/{DOMAIN}.csv} or {@code .xlsx} {@code ?area=...&period=...[&lang=en]}:
 * the dashboard's table of one view, the area and the areas one level below it by the domain's
 * indicators shown at the period. CSV is long (one row per area and indicator, value with a point,
 * a status of published, suppressed or no_data, never a hidden number); Excel is the table as shown,
 * numeric cells formatted by unit ({@link TableWorkbook}).
 */
final class TablesController implements AnswerSource<TablesController.Query> {
  record Query(String domain, String area, String period, boolean xlsx, String lang) {}

  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Override
  public Query query(Params params, WarehouseBuild build) {
    String file = params.path("file");
    boolean xlsx = file.endsWith(".xlsx");
    if (!xlsx && !file.endsWith(".csv")) {
      throw new BadRequest("tables are CSV or Excel: ask for /api/v1/tables/DOMAIN.csv or DOMAIN.xlsx");
    }
    String domain = file.substring(0, file.lastIndexOf('.'));
    if (build.catalog().ofDomain(domain).isEmpty()) {
      throw new BadRequest("unknown domain: use one of " + build.catalog().all().stream().map(Indicator::domain)
          .distinct().collect(Collectors.joining(", ")));
    }
    Area area = AreaParam.parse(params.query("area"));
    Period period = PeriodParam.from(params).orElseThrow(() -> new BadRequest("period is required: a table shows one period"));
    return new Query(domain, area.code(), period.code(), xlsx, LangParam.parse(params));
  }

  @Override
  public Answer answer(WarehouseBuild build, Query q) {
    List<Indicator> indicators = ShownIndicators.of(build.catalog(), q.domain(), q.period());
    List<ReportArea> areas = new ArrayList<>();
    Map<String, List<List<IndicatorValue>>> cells = new LinkedHashMap<>();
    try (BuildConnections.Pooled c = build.connection()) {
      Areas regions = new Areas(c.connection());
      Areas.Row own = regions.find(q.area()).orElseThrow(() -> new BadRequest("unknown area " + q.area()));
      areas.add(new ReportArea(own.code(), own.name(), own.level()));
      regions.children(q.area()).forEach(r -> areas.add(new ReportArea(r.code(), r.name(), r.level())));
      areas.forEach(a -> cells.put(a.code(), new ArrayList<>()));
      IndicatorValues values = new IndicatorValues(c.connection());
      for (Indicator ind : indicators) {
        Period period = PeriodParam.of(Period.parse(q.period()), ind);
        Map<String, List<IndicatorValue>> byArea = new LinkedHashMap<>();
        List<IndicatorValue> rows = new ArrayList<>(values.forArea(ind.code(), q.area(), period.code(), period.kind()));
        rows.addAll(values.forChildren(ind.code(), q.area(), period.code(), period.kind()));
        rows.forEach(v -> byArea.computeIfAbsent(v.areaCode(), k -> new ArrayList<>()).add(v));
        cells.forEach((code, list) -> list.add(byArea.getOrDefault(code, List.of())));
      }
    }
    if (q.xlsx()) {
      List<TableWorkbook.Row> rows = areas.stream().map(a -> new TableWorkbook.Row(a, cells.get(a.code()))).toList();
      String title = q.domain() + " — " + areas.get(0).title() + ", " + q.period();
      return new Answer(XLSX, TableWorkbook.write(title, indicators, rows, LangParam.of(q.lang())));
    }
    return new Answer("text/csv; charset=utf-8", csv(q, indicators, areas, cells).getBytes(StandardCharsets.UTF_8));
  }

  private static String csv(Query q, List<Indicator> indicators, List<ReportArea> areas,
      Map<String, List<List<IndicatorValue>>> cells) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("area_code", "area_name", "area_level",
        "indicator", "indicator_name", "period", "unit", "value", "category", "status").get())) {
      for (ReportArea a : areas) {
        for (int i = 0; i < indicators.size(); i++) {
          Indicator ind = indicators.get(i);
          String name = q.lang().equals("en") ? ind.nameEn() : ind.nameId();
          List<IndicatorValue> rows = cells.get(a.code()).get(i);
          if (rows.isEmpty()) {
            csv.printRecord(a.code(), a.name(), a.level(), ind.code(), name, q.period(), ind.unit(), null, null, "no_data");
          }
          for (IndicatorValue v : rows) {
            csv.printRecord(a.code(), a.name(), a.level(), ind.code(), name, v.period(), ind.unit(), v.value(),
                v.category(), v.suppressed() ? "suppressed" : "published");
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
