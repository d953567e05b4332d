package id.banyuwangi.kampung.api;

import id.banyuwangi.kampung.api.access.ApiKey;
import id.banyuwangi.kampung.api.access.AuditLog;
import id.banyuwangi.kampung.api.access.KeyStore;
import id.banyuwangi.kampung.api.access.RateLimits;
import id.banyuwangi.kampung.api.access.Scope;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.Header;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Before every API request ({@code /api/...}, {@code /sdmx/...}): finds the key the client sends
 * ({@code Authorization: Bearer KEY} or {@code X-API-Key: KEY}; none is fine for the public
 * aggregates), then takes one request of the client's rate limit. A key that is sent but unknown,
 * revoked or expired is a 401; over the limit a 429 with {@code Retry-After}. After a keyed request
 * (its answer or its problem) a row goes to the {@link AuditLog}. Which scope a route needs is
 * checked where the route reads the parameter that needs it ({@link SuppressionParam}).
 */
final class AccessGate {
  private static final String KEY = "kampung.key";
  private static final String AUDITED = "kampung.audited";
  private static final String X_API_KEY = "X-API-Key";

  private final KeyStore keys;
  private final RateLimits limits;
  private final AuditLog audit;

  AccessGate(KeyStore keys, RateLimits limits, AuditLog audit) {
    this.keys = keys;
    this.limits = limits;
    this.audit = audit;
  }

  void check(Context ctx) {
    if (ctx.method() == HandlerType.OPTIONS) {
      return; // a CORS preflight carries no key
    }
    ApiKey key = key(ctx, presented(ctx));
    OptionalLong wait = limits.take(key, ctx.ip());
    if (wait.isPresent()) {
      throw new ClientError(429, "too many requests: wait " + wait.getAsLong() + " s"
          + (key == null ? " (an API key with aggregates:read has a higher limit)" : ""),
          Map.of(Header.RETRY_AFTER, Long.toString(wait.getAsLong())));
    }
  }

  /** The usable key {@code presented} is (null: none was sent); noted for the audit either way. */
  private ApiKey key(Context ctx, String presented) {
    if (presented == null) {
      return null;
    }
    ApiKey key = keys.find(presented, Instant.now()).orElse(null);
    ctx.attribute(AUDITED, key == null ? AuditLog.UNKNOWN_KEY : key.name());
    if (key == null) {
      throw unauthorized("the API key is unknown, revoked or expired", null);
    }
    ctx.attribute(KEY, key);
    return key;
  }

  /** Writes the audit row of a keyed request, once its status is final. */
  void audit(Context ctx) {
    String name = ctx.attribute(AUDITED);
    if (name != null) {
      audit.record(Instant.now(), name, ctx.method().name(), ctx.path(), ctx.queryString(), ctx.statusCode());
    }
  }

  /** The key of the request, null when it is anonymous (or made inside the server). */
  static ApiKey key(Context ctx) {
    return ctx.attribute(KEY);
  }

  /** A request without the key it needs: 401 with the challenge naming the scope (if one). */
  static ClientError unauthorized(String detail, Scope scope) {
    String challenge = "Bearer realm=\"kampung\"" + (scope == null ? "" : ", scope=\"" + scope.spelling() + "\"");
    return new ClientError(401, detail, Map.of(Header.WWW_AUTHENTICATE, challenge));
  }

  /** A key without the scope a request needs. */
  static ClientError forbidden(Scope scope) {
    return new ClientError(403, "this API key does not hold the scope " + scope.spelling()
        + "; ask the data office for a key that does");
  }

  private static String presented(Context ctx) {
    String authorization = ctx.header(Header.AUTHORIZATION);
    if (authorization != null) {
      return authorization.regionMatches(true, 0, "Bearer ", 0, 7) ? authorization.substring(7).trim() : "";
    }
    return ctx.header(X_API_KEY);
  }
}
