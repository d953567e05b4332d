package id.banyuwangi.kampung.api;

import id.banyuwangi.kampung.api.access.ApiKey;
import id.banyuwangi.kampung.api.access.Scope;
import id.banyuwangi.kampung.read.IndicatorCells;

/**
 * {@code suppression}: absent or {@code applied} for the public values; {@code none} asks for every
 * value with its numbers, which only a client holding an API key with the scope
 * {@code restricted:read} may see: without a key a 401, with a key lacking the scope a 403.
 */
final class SuppressionParam {
  static final String NAME = "suppression";
  static final String NONE = "none";

  private SuppressionParam() {}

  static IndicatorCells.Access parse(Params params) {
    String raw = params.query(NAME);
    if (raw == null || raw.isEmpty() || raw.equals("applied")) {
      return IndicatorCells.Access.PUBLIC;
    }
    if (raw.equals(NONE)) {
      ApiKey key = params.key();
      if (key == null) {
        throw AccessGate.unauthorized("suppression=none needs an API key with the scope restricted:read",
            Scope.RESTRICTED_READ);
      }
      if (!key.holds(Scope.RESTRICTED_READ)) {
        throw AccessGate.forbidden(Scope.RESTRICTED_READ);
      }
      return IndicatorCells.Access.RESTRICTED;
    }
    throw new BadRequest("suppression must be 'applied' (the default) or 'none' (with an API key holding restricted:read)");
  }
}
