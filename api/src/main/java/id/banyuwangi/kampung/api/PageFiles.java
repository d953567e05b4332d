package id.banyuwangi.kampung.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The dashboard page and the files it links to, read from the classpath once at start and
 * compressed once, as the cached answers are: the first view of every browser asks for them, and
 * Javalin's static files are looked up in the jar and compressed again on every request (14% of the
 * server's time in the first view's profile). Each has a strong {@code ETag} (its content hash)
 * and {@code no-cache}, so a browser revalidates with a 304 and sees a new release at once. Other
 * files of {@code /public} are still served by Javalin.
 */
final class PageFiles {
  /** URL path -> file under {@code /public}. */
  private static final Map<String, String> FILES = Map.of(
      "/", "index.html",
      "/index.html", "index.html",
      "/dashboard.css", "dashboard.css",
      "/dashboard.js", "dashboard.js",
      "/favicon.svg", "favicon.svg");

  private record File(String contentType, byte[] body, Encodings encodings, String etag) {}

  private PageFiles() {}

  static boolean serves(String path) {
    return FILES.containsKey(path);
  }

  /** A GET route for each of the page's files. */
  static void register(Javalin app) {
    Map<String, File> read = new LinkedHashMap<>();
    FILES.forEach((path, name) -> {
      File file = read.computeIfAbsent(name, PageFiles::read);
      app.get(path, ctx -> serve(ctx, file));
    });
  }

  private static void serve(Context ctx, File file) {
    ctx.header(Header.ETAG, file.etag()).header(Header.VARY, "Accept-Encoding");
    if (CachedAnswers.matches(ctx.header(Header.IF_NONE_MATCH), file.etag())) {
      ctx.status(304);
      return;
    }
    Encodings.Body body = file.encodings().choose(ctx.header(Header.ACCEPT_ENCODING), file.body());
    if (body.encoding() != null) {
      ctx.header(Header.CONTENT_ENCODING, body.encoding()); // Javalin leaves an encoded body as it is
    }
    ctx.contentType(file.contentType()).result(body.bytes());
  }

  private static File read(String name) {
    try (InputStream in = PageFiles.class.getResourceAsStream("/public/" + name)) {
      if (in == null) {
        throw new IllegalStateException("the dashboard's " + name + " is not on the classpath");
      }
      byte[] body = in.readAllBytes();
      String type = contentType(name);
      return new File(type, body, Encodings.of(type, body), "\"" + CachedAnswers.hash(body) + "\"");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String contentType(String name) {
    String extension = name.substring(name.lastIndexOf('.') + 1);
    return switch (extension) {
      case "html" -> "text/html; charset=utf-8";
      case "css" -> "text/css; charset=utf-8";
      case "js" -> "text/javascript; charset=utf-8";
      case "svg" -> "image/svg+xml";
      default -> throw new IllegalArgumentException("no content type for " + name);
    };
  }
}
