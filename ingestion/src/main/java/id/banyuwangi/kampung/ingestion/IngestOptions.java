package id.banyuwangi.kampung.ingestion;

import java.time.Instant;
import java.util.Objects;

/**
 * What one ingestion run reads and writes.
 *
 * @param sourceUri the source root (any Hadoop filesystem URI or local path); files are read from
 *     {@code <sourceUri>/kiosk/*.jsonl} and {@code *.jsonl.gz} and {@code <sourceUri>/<source>/*.csv}
 *     for the CSV sources (population, households, posyandu, schools, msme, bumdes, idm)
 * @param lakeUri the lake root (any Hadoop filesystem URI or local path)
 * @param master the Spark master, or null for the embedded default ({@code local[*]}, or the one
 *     spark-submit gives)
 * @param now the ingestion time for the future-timestamp rule ({@code Instant.now()} in production)
 */
public record IngestOptions(String sourceUri, String lakeUri, String master, Instant now) {
  public IngestOptions {
    Objects.requireNonNull(sourceUri, "sourceUri");
    Objects.requireNonNull(lakeUri, "lakeUri");
    sourceUri = absoluteIfLocal(sourceUri);
    lakeUri = absoluteIfLocal(lakeUri);
    if (now == null) {
      now = Instant.now();
    }
  }

  /**
   * A relative local path made absolute: Delta reads a relative path in {@code delta.`path`} as a
   * table name. URIs with a scheme (hdfs://, s3a://, file:) are kept as given.
   */
  private static String absoluteIfLocal(String uri) {
    boolean hasScheme = uri.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
    return hasScheme ? uri : java.nio.file.Path.of(uri).toAbsolutePath().normalize().toString();
  }

  /** Options for a production run: ingestion time is now, default master. */
  public static IngestOptions of(String sourceUri, String lakeUri) {
    return new IngestOptions(sourceUri, lakeUri, null, Instant.now());
  }
}
