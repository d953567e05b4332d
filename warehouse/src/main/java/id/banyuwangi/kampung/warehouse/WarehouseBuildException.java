package id.banyuwangi.kampung.warehouse;

/** A build that failed; the published warehouse file, if any, is left as it was. */
public final class WarehouseBuildException extends RuntimeException {
  WarehouseBuildException(String message, Throwable cause) {
    super(message, cause);
  }
}
