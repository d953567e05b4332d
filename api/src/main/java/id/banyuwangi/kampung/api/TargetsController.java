package id.banyuwangi.kampung.api;

import id.banyuwangi.kampung.domain.indicator.Targets;
import id.banyuwangi.kampung.domain.indicator.Targets.Target;
import java.util.List;

/**
 * {@code GET /api/v1/targets}: the indicator targets of configuration ({@code catalog/targets.csv},
 * the published national targets): {@code {"targets": [{"indicator", "year", "target", "source"}]}},
 * only those of indicators in the build's catalog.
 */
final class TargetsController implements AnswerSource<TargetsController.Query> {
  record Query() {}

  record TargetJson(String indicator, int year, double target, String source) {}

  record Body(List<TargetJson> targets) {}

  private final Targets targets = Targets.standard();

  @Override
  public Query query(Params params, WarehouseBuild build) {
    return new Query();
  }

  @Override
  public Answer answer(WarehouseBuild build, Query q) {
    return Answer.json(new Body(targets.all().stream()
        .filter(t -> build.catalog().find(t.indicatorCode()).isPresent())
        .map(TargetsController::json).toList()));
  }

  private static TargetJson json(Target t) {
    return new TargetJson(t.indicatorCode(), t.year(), t.value(), t.source());
  }
}
