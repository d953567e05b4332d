package id.banyuwangi.kampung.api;

import id.banyuwangi.kampung.domain.region.Area;
import id.banyuwangi.kampung.reports.planner.PlannerReport;
import id.banyuwangi.kampung.reports.planner.ReportData;
import id.banyuwangi.kampung.reports.planner.ReportFormat;
import id.banyuwangi.kampung.reports.planner.ReportSpec;
import io.javalin.http.Handler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/**
 * {@code GET /api/v1/reports/brief.pdf?area=...&year=YYYY[&lang=en]}: the area's planner brief
 * (the reports module's PDF, the same as {@code kampung report}) from the build being served, so
 * cached per build like every answer; sent as an attachment named as the command line names it
 * ({@code kampung-3510-2024.pdf}). An area or a year the build does not hold is a 400.
 */
final class BriefController implements AnswerSource<BriefController.Query> {
  record Query(String area, int year, String lang) {
    ReportSpec spec() {
      return new ReportSpec(area, year, LangParam.of(lang));
    }
  }

  static final String PATH = "/api/v1/reports/brief.pdf";
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  @Override
  public Query query(Params params, WarehouseBuild build) {
    Area area = AreaParam.parse(params.query("area"));
    String year = params.query("year");
    if (year == null || !YEAR.matcher(year).matches()) {
      throw new BadRequest("year is required: a calendar year such as 2024");
    }
    return new Query(area.code(), Integer.parseInt(year), LangParam.parse(params));
  }

  @Override
  public Answer answer(WarehouseBuild build, Query q) {
    PlannerReport report;
    try (BuildConnections.Pooled c = build.connection()) {
      report = new ReportData(c.connection()).load(q.spec());
    } catch (IllegalArgumentException e) {
      throw new BadRequest(e.getMessage());
    }
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    try {
      ReportFormat.PDF.write(report, pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Answer("application/pdf", pdf.toByteArray());
  }

  /** {@code answers} with the file name of the brief, once it is answered (not on an error). */
  static Handler attachment(Handler answers) {
    return ctx -> {
      answers.handle(ctx);
      if (ctx.statusCode() < 300) {
        Query q = new BriefController().query(Params.of(ctx), null);
        ctx.header("Content-Disposition", "attachment; filename=\"" + q.spec().fileName(ReportFormat.PDF) + "\"");
      }
    };
  }
}
