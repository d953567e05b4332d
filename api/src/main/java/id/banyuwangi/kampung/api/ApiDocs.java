package id.banyuwangi.kampung.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The API's description: {@code /api/v1/openapi.json} (OpenAPI 3.1, written by hand beside this
 * class and checked against the registered routes by the tests) and {@code /api/docs}, a Swagger UI
 * page whose scripts come from the swagger-ui webjar in the server's own jar, so it works offline.
 */
final class ApiDocs {
  static final String OPENAPI_PATH = "/api/v1/openapi.json";
  /** Swagger UI styles some elements inline and draws icons as data: images. */
  private static final String DOCS_CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
      + "frame-ancestors 'none'";

  private final byte[] openapi = resource("openapi.json");
  private final byte[] page;

  ApiDocs() {
    String html = new String(resource("docs.html"), StandardCharsets.UTF_8);
    page = html.replace("{{SWAGGER_UI}}", "/webjars/swagger-ui/" + swaggerUiVersion()).getBytes(StandardCharsets.UTF_8);
  }

  void openapi(Context ctx) {
    ctx.contentType("application/json").result(openapi);
  }

  void page(Context ctx) {
    ctx.header("Content-Security-Policy", DOCS_CSP).contentType("text/html; charset=utf-8").result(page);
  }

  private static byte[] resource(String name) {
    try (InputStream in = ApiDocs.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the jar has no " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The version of the swagger-ui webjar on the class path (its files live under that version's folder). */
  private static String swaggerUiVersion() {
    try (InputStream in = ApiDocs.class.getResourceAsStream("/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("the swagger-ui webjar is not on the class path", e);
    }
  }
}
