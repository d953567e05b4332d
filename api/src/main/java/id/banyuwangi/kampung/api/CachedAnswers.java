package id.banyuwangi.kampung.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.Header;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Serves routes whose answers are a function of (build, request) from the {@link AnswerCache}:
 * the request leases one build and reads only it from start to end; its answer carries an
 * {@code ETag} naming that build and the canonical query, and a matching {@code If-None-Match} is
 * a {@code 304} without reading anything.
 */
final class CachedAnswers {
  /**
   * A build never changes, but the same URL answers from the next build once it is published. So
   * browsers and proxies may keep an answer ({@code public}) but must ask again before each use
   * ({@code no-cache}): the revalidation is a 304 of a few bytes while the build is unchanged, and the
   * new figures the moment it is not. A {@code max-age} would save that round trip, at the price of
   * a dashboard showing the new build's id beside the old build's figures for that long.
   */
  static final String CACHE_CONTROL = "public, no-cache";
  /** A keyed answer (it may hold unsuppressed cells) is for that client alone: no shared cache keeps it. */
  static final String KEYED_CACHE_CONTROL = "private, no-cache";
  /** What an answer varies by beside its URL: its format ({@link Negotiation}) and its compression. */
  static final String VARY = "Accept, Accept-Encoding";
  /** Characters a build id may hold that an entity tag had better not. */
  private static final Pattern UNSAFE_IN_TAG = Pattern.compile("[^A-Za-z0-9._-]");
  /** A digest per server thread: looking one up is dearer than hashing a query (it showed in the first view's profile). */
  private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(CachedAnswers::sha256);

  private final WarehouseConnection warehouse;
  private final AnswerCache cache;
  private final Map<String, AnswerSource<?>> routes = new ConcurrentHashMap<>();

  CachedAnswers(WarehouseConnection warehouse, AnswerCache cache) {
    this.warehouse = warehouse;
    this.cache = cache;
  }

  /** The handler of {@code route} (a short name: values, charts, ...), answering from {@code source}. */
  <Q> Handler handler(String route, AnswerSource<Q> source) {
    routes.put(route, source);
    return ctx -> serve(ctx, route, source);
  }

  private <Q> void serve(Context ctx, String route, AnswerSource<Q> source) throws Exception {
    Params params = Params.of(ctx);
    try (WarehouseBuild.Lease lease = BuildChoice.lease(warehouse, params)) {
      WarehouseBuild build = lease.build();
      Q query = source.query(params, build);
      String etag = etag(build, route, query);
      if (matches(ctx.header(Header.IF_NONE_MATCH), etag)) {
        revalidation(ctx, build, etag, params).status(304);
        return;
      }
      Answer answer = cached(build, route, source, query);
      Encodings.Body body = answer.encodings().choose(ctx.header(Header.ACCEPT_ENCODING), answer.body());
      if (body.encoding() != null) {
        ctx.header(Header.CONTENT_ENCODING, body.encoding()); // Javalin leaves an encoded body as it is
      }
      if (answer.next() != null) {
        ctx.header("Link", "<" + nextPage(ctx, answer.next()) + ">; rel=\"next\"");
      }
      // Only a complete answer gets these: an error must never be kept and revalidated by a cache.
      revalidation(ctx, build, etag, params).contentType(answer.contentType()).result(body.bytes());
    }
  }

  /** The headers of a data answer and of its 304: ETag, Cache-Control, Vary, the build it came from. */
  static Context revalidation(Context ctx, WarehouseBuild build, String etag, Params params) {
    return ctx.header(Header.ETAG, etag)
        .header(Header.CACHE_CONTROL, params.key() == null ? CACHE_CONTROL : KEYED_CACHE_CONTROL)
        .header(Header.VARY, VARY)
        .header(BuildBlock.HEADER, build.id());
  }

  /** This request's URL (path and query) with its cursor replaced by {@code cursor}. */
  private static String nextPage(Context ctx, String cursor) {
    StringBuilder url = new StringBuilder(ctx.path()).append('?');
    ctx.queryParamMap().forEach((name, values) -> {
      if (!name.equals("cursor")) {
        values.forEach(v -> url.append(encode(name)).append('=').append(encode(v)).append('&'));
      }
    });
    return url.append("cursor=").append(cursor).toString();
  }

  private static String encode(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** The routes answered from the cache, by their short names. */
  Set<String> routes() {
    return Set.copyOf(routes.keySet());
  }

  /** A request made inside the server (cache warming), answered as the same request over HTTP would be. */
  Answer answer(WarehouseBuild build, String route, Params params) {
    return parsedAndAnswered(build, route, routes.get(route), params);
  }

  private <Q> Answer parsedAndAnswered(WarehouseBuild build, String route, AnswerSource<Q> source, Params params) {
    return cached(build, route, source, source.query(params, build));
  }

  /** The answer of {@code build} to {@code query}, from the cache or computed once; call under a lease. */
  private <Q> Answer cached(WarehouseBuild build, String route, AnswerSource<Q> source, Q query) {
    return cache.get(build, route, query, () -> source.answer(build, query));
  }

  /**
   * Weak (the same answer is sent gzip- or brotli-encoded or not): {@code W/"BUILD_ID.HASH"}, the
   * hash of the route and canonical query. The build id is kept readable so a client can tell which
   * build an answer came from.
   */
  static <Q> String etag(WarehouseBuild build, String route, Q query) {
    String safeId = UNSAFE_IN_TAG.matcher(build.id()).replaceAll("_");
    return "W/\"" + safeId + "." + hash(route + "\n" + query) + "\"";
  }

  /** {@code If-None-Match}: {@code *} or a list of tags, compared weakly. */
  static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    String opaque = opaque(etag);
    for (String tag : ifNoneMatch.split(",")) {
      String t = tag.trim();
      if (t.equals("*") || opaque(t).equals(opaque)) {
        return true;
      }
    }
    return false;
  }

  private static String opaque(String tag) {
    return tag.startsWith("W/") ? tag.substring(2) : tag;
  }

  /** The first 12 bytes of the SHA-256 of {@code s}, in hex. */
  static String hash(String s) {
    return hash(s.getBytes(StandardCharsets.UTF_8));
  }

  static String hash(byte[] bytes) {
    return HexFormat.of().formatHex(SHA_256.get().digest(bytes), 0, 12);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
