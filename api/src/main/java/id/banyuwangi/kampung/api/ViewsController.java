package id.banyuwangi.kampung.api;

import com.fasterxml.jackson.databind.JsonNode;
import id.banyuwangi.kampung.domain.period.Period;
import id.banyuwangi.kampung.domain.region.Area;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/views?domain=D&area=A[&period=P]}: a dashboard view's values in one answer
 * instead of a request each ({@link DashboardViews}): without a period, the series of every
 * indicator of the domain at the area; with one, the table's areas, the tiles' splits and the
 * map's areas a year earlier. {@code {"views": [{"url", "values"}], "build"}}: each entry is the
 * {@code /api/v1/values} URL as the dashboard spells it and the {@code values} that URL answers, the
 * same rows (cached answers, the same cache). A values request that fails (a period an indicator
 * is not published for) is left out: the dashboard asks it itself and shows its error.
 */
final class ViewsController implements AnswerSource<ViewsController.Query> {
  record Query(String domain, Area area, String period) {}

  record Entry(String url, JsonNode values) {}

  record Body(List<Entry> views, BuildBlock build) {}

  private final CachedAnswers answers;

  ViewsController(CachedAnswers answers) {
    this.answers = answers;
  }

  @Override
  public Query query(Params params, WarehouseBuild build) {
    String domain = params.query("domain");
    if (domain == null || build.catalog().ofDomain(domain).isEmpty()) {
      throw new BadRequest("domain is required: one of the domains in /api/v1/indicators");
    }
    Area area = AreaParam.parse(params.query("area"));
    String period = params.query("period");
    if (period != null) {
      try {
        period = Period.parse(period).code();
      } catch (IllegalArgumentException e) {
        throw new BadRequest(e.getMessage());
      }
    }
    return new Query(domain, area, period);
  }

  @Override
  public Answer answer(WarehouseBuild build, Query q) {
    List<Map<String, String>> queries = q.period() == null
        ? DashboardViews.series(build.catalog(), q.domain(), q.area())
        : DashboardViews.numbers(build.catalog(), q.domain(), q.area(), q.period());
    List<Entry> views = new ArrayList<>();
    for (Map<String, String> query : queries) {
      Answer values;
      try {
        values = answers.answer(build, "values", Params.of(Map.of(), query));
      } catch (ClientError e) {
        continue; // the dashboard asks this one itself, and gets the same error
      }
      views.add(new Entry(FirstView.url("values", Map.of(), query), read(values).get("values")));
    }
    return Answer.json(new Body(views, build.block()));
  }

  private static JsonNode read(Answer values) {
    try {
      return Answer.JSON.readTree(values.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
