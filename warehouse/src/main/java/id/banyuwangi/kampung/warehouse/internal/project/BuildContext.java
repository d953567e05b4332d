package id.banyuwangi.kampung.warehouse.internal.project;

import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.domain.poverty.PovertyLines;
import java.util.Map;

/**
 * What a build is made from besides the lake: the catalog the indicators are evaluated by, the
 * poverty lines, and the variables the models read with {@code {{ var('name') }}}.
 */
public record BuildContext(IndicatorCatalog catalog, PovertyLines povertyLines, Map<String, String> vars) {
  public BuildContext {
    vars = Map.copyOf(vars);
  }
}
