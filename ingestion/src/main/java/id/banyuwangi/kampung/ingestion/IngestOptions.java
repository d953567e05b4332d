package id.banyuwangi.kampung.ingestion;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

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
 * @param onlyFiles when not null, the run looks at these files alone ({@code kiosk/NAME},
 *     {@code population/NAME}, ...: what a watcher saw land) instead of listing every file and
 *     hashing each one already ingested under the same name and size
 */
public record IngestOptions(String sourceUri, String lakeUri, String master, Instant now, Set<String> onlyFiles) {
  public IngestOptions {
    Objects.requireNonNull(sourceUri, "sourceUri");
    Objects.requireNonNull(lakeUri, "lakeUri");
    sourceUri = absoluteIfLocal(sourceUri);
    lakeUri = absoluteIfLocal(lakeUri);
    if (now == null) {
      now = Instant.now();
    }
    onlyFiles = onlyFiles == null ? null : Set.copyOf(onlyFiles);
  }

  /** Every source file under {@code sourceUri}. */
  public IngestOptions(String sourceUri, String lakeUri, String master, Instant now) {
    this(sourceUri, lakeUri, master, now, null);
  }

  /** The same run restricted to {@code files}, each {@code <source dir>/<name>}. */
  public IngestOptions onlyFiles(Set<String> files) {
    return new IngestOptions(sourceUri, lakeUri, master, now, files);
  }

  /** Whether this run reads {@code name} of source directory {@code dir}: a complete source file, and one asked for. */
  boolean reads(String dir, String name) {
    return SourceLayout.isSourceFile(dir, name) && (onlyFiles == null || onlyFiles.contains(dir + "/" + name));
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
