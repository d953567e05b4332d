package id.banyuwangi.kampung.api;

/** A request the client must fix: answered with HTTP 400 as a problem with {@code detail} = message. */
final class BadRequest extends ClientError {
  BadRequest(String message) {
    super(400, message);
  }
}
