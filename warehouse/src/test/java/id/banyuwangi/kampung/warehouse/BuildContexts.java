package id.banyuwangi.kampung.warehouse;

import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.domain.poverty.PovertyLines;
import id.banyuwangi.kampung.warehouse.internal.project.BuildContext;
import java.util.Map;

/** The context a model runs with in a build of the shipped catalog, for tests that run one model alone. */
final class BuildContexts {
  private BuildContexts() {}

  static BuildContext standard() {
    return new BuildContext(IndicatorCatalog.standard(), PovertyLines.shipped(),
        Map.of("min_cell", "5", "wib_offset_hours", "7"));
  }
}
