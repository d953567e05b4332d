package id.banyuwangi.kampung.api;

/** No warehouse build can be read (none published yet): answered with HTTP 503. */
final class WarehouseUnavailable extends RuntimeException {
  WarehouseUnavailable(String message, Throwable cause) {
    super(message, cause);
  }
}
