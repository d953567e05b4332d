package id.banyuwangi.kampung.api;

import id.banyuwangi.kampung.read.IndicatorCells;
import java.util.Map;

/**
 * {@code suppression}: absent or {@code applied} for the public values; {@code none} asks for every
 * value with its numbers, which only a client holding an API key with the scope
 * {@code restricted:read} may see. This server has no key store yet (issue 11's access control is
 * still to come), so {@code none} is always a 401: small cells never leave the server.
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
      throw new ClientError(401, "suppression=none needs an API key with the scope restricted:read",
          Map.of("WWW-Authenticate", "Bearer realm=\"kampung\", scope=\"restricted:read\""));
    }
    throw new BadRequest("suppression must be 'applied' (the default) or 'none' (with an API key holding restricted:read)");
  }
}
