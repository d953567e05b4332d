package id.banyuwangi.kampung.api;

import id.banyuwangi.kampung.api.access.ApiKey;
import io.javalin.http.Context;
import java.util.Map;

/** What a route reads of a request: path and query parameters and headers by name (null when absent). */
interface Params {
  String path(String name);

  String query(String name);

  String header(String name);

  /** The client's API key, null for an anonymous request or one made inside the server. */
  ApiKey key();

  static Params of(Context ctx) {
    return new Params() {
      @Override
      public String path(String name) {
        return ctx.pathParamMap().get(name);
      }

      @Override
      public String query(String name) {
        return ctx.queryParam(name);
      }

      @Override
      public String header(String name) {
        return ctx.header(name);
      }

      @Override
      public ApiKey key() {
        return AccessGate.key(ctx);
      }
    };
  }

  /** A request made inside the server (cache warming), as the dashboard would send it (no headers). */
  static Params of(Map<String, String> path, Map<String, String> query) {
    return new Params() {
      @Override
      public String path(String name) {
        return path.get(name);
      }

      @Override
      public String query(String name) {
        return query.get(name);
      }

      @Override
      public String header(String name) {
        return null;
      }

      @Override
      public ApiKey key() {
        return null;
      }
    };
  }
}
