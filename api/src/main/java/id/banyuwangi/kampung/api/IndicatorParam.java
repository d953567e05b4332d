package id.banyuwangi.kampung.api;

import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import java.util.regex.Pattern;

/** An indicator code from the request: it must be in the catalog of the build being served. */
final class IndicatorParam {
  private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,64}");

  private IndicatorParam() {}

  static Indicator parse(String raw, IndicatorCatalog catalog) {
    if (raw == null || raw.isBlank()) {
      throw new BadRequest("indicator is required: a code from /api/v1/indicators such as SERVICE_REQUESTS");
    }
    String shown = CODE.matcher(raw).matches() ? " " + raw : "";
    return catalog.find(raw)
        .orElseThrow(() -> new BadRequest("unknown indicator" + shown + ": see /api/v1/indicators"));
  }
}
