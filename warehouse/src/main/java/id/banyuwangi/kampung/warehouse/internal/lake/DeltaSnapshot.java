package id.banyuwangi.kampung.warehouse.internal.lake;

import id.banyuwangi.kampung.warehouse.RefusedSnapshotException;

import io.delta.kernel.Snapshot;
import io.delta.kernel.Table;
import io.delta.kernel.data.FilteredColumnarBatch;
import io.delta.kernel.data.Row;
import io.delta.kernel.engine.Engine;
import io.delta.kernel.exceptions.TableNotFoundException;
import io.delta.kernel.internal.InternalScanFileUtils;
import io.delta.kernel.internal.SnapshotImpl;
import io.delta.kernel.utils.CloseableIterator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * The latest snapshot of one Delta table, pinned: its version and the Parquet files that make it
 * up. DuckDB then reads exactly these files, so the marts see one consistent version even while
 * ingestion commits new ones.
 *
 * <p>DuckDB reads the files as plain Parquet, so a snapshot it would misread is refused: files with
 * deletion vectors (DuckDB would count the deleted rows) and column mapping (physical column names
 * differ from the logical ones).
 */
public final class DeltaSnapshot {
  /** The version recorded for a table that does not exist yet. */
  public static final long NO_TABLE = -1;

  private final String tablePath;
  private final long version;
  private final List<String> files;

  private DeltaSnapshot(String tablePath, long version, List<String> files) {
    this.tablePath = tablePath;
    this.version = version;
    this.files = List.copyOf(files);
  }

  /**
   * Opens the latest snapshot of the table at {@code tablePath} (a path or Hadoop URI).
   *
   * @return an empty snapshot with version {@link #NO_TABLE} when there is no Delta table there yet
   * @throws RefusedSnapshotException when the snapshot cannot be read as plain Parquet
   */
  public static DeltaSnapshot latest(Engine engine, String tablePath) {
    Snapshot snapshot;
    try {
      snapshot = Table.forPath(engine, tablePath).getLatestSnapshot(engine);
    } catch (TableNotFoundException e) {
      return new DeltaSnapshot(tablePath, NO_TABLE, List.of());
    }
    refuseColumnMapping(tablePath, snapshot);
    List<String> files = new ArrayList<>();
    try (CloseableIterator<FilteredColumnarBatch> batches =
        snapshot.getScanBuilder().build().getScanFiles(engine)) {
      while (batches.hasNext()) {
        try (CloseableIterator<Row> scanFiles = batches.next().getRows()) {
          while (scanFiles.hasNext()) {
            Row scanFile = scanFiles.next();
            if (InternalScanFileUtils.getDeletionVectorDescriptorFromRow(scanFile) != null) {
              throw new RefusedSnapshotException(tablePath + " version " + snapshot.getVersion()
                  + " has files with deletion vectors; DuckDB would count the deleted rows."
                  + " Set delta.enableDeletionVectors=false and rewrite the files (REORG ... APPLY (PURGE)).");
            }
            files.add(localPathOrUri(InternalScanFileUtils.getAddFileStatus(scanFile).getPath()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the files of " + tablePath, e);
    }
    files.sort(null); // a stable order keeps repeated builds identical
    return new DeltaSnapshot(tablePath, snapshot.getVersion(), files);
  }

  private static void refuseColumnMapping(String tablePath, Snapshot snapshot) {
    if (snapshot instanceof SnapshotImpl impl) {
      String mode = impl.getMetadata().getConfiguration().getOrDefault("delta.columnMapping.mode", "none");
      if (!mode.equals("none")) {
        throw new RefusedSnapshotException(tablePath + " uses column mapping (" + mode
            + "); its Parquet column names are not the table's, so DuckDB cannot read them directly.");
      }
    }
  }

  /** Kernel returns qualified URIs; DuckDB wants local files as plain paths. */
  private static String localPathOrUri(String path) {
    URI uri = URI.create(path);
    return "file".equals(uri.getScheme()) ? Paths.get(uri).toString() : path;
  }

  public String tablePath() {
    return tablePath;
  }

  /** The Delta version read, or {@link #NO_TABLE}. */
  public long version() {
    return version;
  }

  public boolean exists() {
    return version != NO_TABLE;
  }

  /** The active data files, absolute, sorted. */
  public List<String> files() {
    return files;
  }

}
