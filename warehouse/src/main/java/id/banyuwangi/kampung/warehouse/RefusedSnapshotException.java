package id.banyuwangi.kampung.warehouse;

/** A Delta snapshot the warehouse refuses to read as plain Parquet (deletion vectors, column mapping). */
public final class RefusedSnapshotException extends IllegalStateException {
  public RefusedSnapshotException(String message) {
    super(message);
  }
}
