package id.banyuwangi.kampung.api;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/**
 * An answer's body compressed once, when it is computed, rather than on every request that sends
 * it: brotli where its native library loads, and gzip. Small bodies (under a packet) and PNG images
 * are sent as they are, as Javalin's own compression would.
 */
record Encodings(byte[] brotli, byte[] gzip) {
  static final Encodings NONE = new Encodings(null, null);
  private static final int MIN_BYTES = 1500;
  private static final boolean BROTLI = brotliAvailable();
  private static final Encoder.Parameters BROTLI_QUALITY = new Encoder.Parameters().setQuality(6);

  /** An encoded body and its {@code Content-Encoding}; encoding null for the body as it is. */
  record Body(String encoding, byte[] bytes) {}

  static Encodings of(String contentType, byte[] body) {
    if (body.length < MIN_BYTES || !compressible(contentType)) {
      return NONE;
    }
    return new Encodings(BROTLI ? brotli(body) : null, gzip(body));
  }

  /** Text is worth compressing (JSON, CSV, SVG, the page's HTML, CSS and script); images and sheets are compressed already. */
  private static boolean compressible(String contentType) {
    return contentType.startsWith("text/") || contentType.contains("json") || contentType.contains("csv")
        || contentType.startsWith("image/svg+xml");
  }

  /** What to send a client whose {@code Accept-Encoding} is {@code accepted} (brotli first, as Javalin does). */
  Body choose(String accepted, byte[] identity) {
    if (accepted != null) {
      if (brotli != null && accepted.contains("br")) {
        return new Body("br", brotli);
      }
      if (gzip != null && accepted.contains("gzip")) {
        return new Body("gzip", gzip);
      }
    }
    return new Body(null, identity);
  }

  int size() {
    return (brotli == null ? 0 : brotli.length) + (gzip == null ? 0 : gzip.length);
  }

  private static byte[] gzip(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3);
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] brotli(byte[] body) {
    try {
      return Encoder.compress(body, BROTLI_QUALITY);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean brotliAvailable() {
    try {
      return Brotli4jLoader.isAvailable();
    } catch (Throwable t) {
      return false; // no native library for this platform: gzip only
    }
  }
}
