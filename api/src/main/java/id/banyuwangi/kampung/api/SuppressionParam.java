package id.banyuwangi.kampung.api;

import id.banyuwangi.kampung.read.IndicatorCells;

/**
 * {@code suppression}: absent or {@code applied} for the public values, {@code none} for every
 * value with its numbers (restricted: the server lets such a request through only with the scope
 * {@code restricted:read}, see {@link id.banyuwangi.kampung.api.access.AccessControl}).
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
      return IndicatorCells.Access.RESTRICTED;
    }
    throw new BadRequest("suppression must be 'applied' (the default) or 'none' (with an API key holding restricted:read)");
  }
}
