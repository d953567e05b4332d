package id.banyuwangi.kampung.api;

import java.util.Map;

/**
 * A request the client must change, answered with its 4xx status as an RFC 9457 problem
 * ({@link Problem}); {@code headers} go with it (a 401's {@code WWW-Authenticate}, a 429's
 * {@code Retry-After}). The detail is written for the client and never echoes raw input that is
 * not known to be safe.
 */
class ClientError extends RuntimeException {
  private final int status;
  private final Map<String, String> headers;

  ClientError(int status, String detail) {
    this(status, detail, Map.of());
  }

  ClientError(int status, String detail, Map<String, String> headers) {
    super(detail, null, false, false);
    this.status = status;
    this.headers = Map.copyOf(headers);
  }

  int status() {
    return status;
  }

  Map<String, String> headers() {
    return headers;
  }
}
