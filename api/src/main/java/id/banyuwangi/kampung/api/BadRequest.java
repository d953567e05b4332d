package id.banyuwangi.kampung.api;

/** A request the client must fix: answered with HTTP 400 and {@code {"error": message}}. */
final class BadRequest extends RuntimeException {
  BadRequest(String message) {
    super(message, null, false, false);
  }
}
