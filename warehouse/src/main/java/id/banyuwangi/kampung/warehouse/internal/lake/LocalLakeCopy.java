package id.banyuwangi.kampung.warehouse.internal.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import id.banyuwangi.kampung.domain.lake.LakeTable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * DuckDB reads local Parquet files only (its httpfs extension cannot be installed here, and speaks
 * no HDFS). When a pinned snapshot's files are on another Hadoop filesystem ({@code hdfs://},
 * {@code s3a://}, {@code abfs://}, ...), they are copied through the Hadoop FileSystem API into
 * {@code FILE.lake-copy-<build id>/} beside the warehouse file (same path under it as in the lake)
 * and the build reads the copies; {@link #delete()} removes them after the build, and a new copy
 * removes what a killed build left. A local lake is read in place, nothing copied.
 */
public final class LocalLakeCopy {
  private static final Logger LOG = LoggerFactory.getLogger(LocalLakeCopy.class);

  private final java.nio.file.Path target;
  private final java.nio.file.Path dir;

  public LocalLakeCopy(java.nio.file.Path target, String buildId) {
    this.target = target;
    this.dir = target.resolveSibling(target.getFileName() + ".lake-copy-" + buildId);
  }

  /** The pinned lake with every non-local file replaced by a local copy. */
  public PinnedLake localise(PinnedLake pinned) {
    Map<LakeTable, DeltaSnapshot> snapshots = pinned.snapshots();
    if (snapshots.values().stream().flatMap(s -> s.files().stream()).noneMatch(LocalLakeCopy::remote)) {
      return pinned;
    }
    deleteLeftovers();
    long t0 = System.nanoTime();
    Configuration conf = new Configuration();
    Map<LakeTable, DeltaSnapshot> local = new LinkedHashMap<>();
    long bytes = 0;
    int copied = 0;
    try {
      for (Map.Entry<LakeTable, DeltaSnapshot> e : snapshots.entrySet()) {
        List<String> files = new ArrayList<>();
        for (String file : e.getValue().files()) {
          if (!remote(file)) {
            files.add(file);
            continue;
          }
          Path source = new Path(file);
          java.nio.file.Path copy = dir.resolve(source.toUri().getPath().replaceFirst("^/+", ""));
          FileSystem fs = source.getFileSystem(conf);
          fs.copyToLocalFile(false, source, new Path(copy.toUri()), true);
          bytes += Files.size(copy);
          copied++;
          files.add(copy.toString());
        }
        local.put(e.getKey(), e.getValue().withFiles(files));
      }
    } catch (IOException e) {
      delete();
      throw new UncheckedIOException("cannot copy the lake's files out to " + dir, e);
    }
    LOG.info("copied {} pinned files ({} KB) of a non-local lake to {} in {} ms", copied, bytes >> 10,
        dir.getFileName(), (System.nanoTime() - t0) / 1_000_000);
    return pinned.withSnapshots(local);
  }

  /** Removes this build's copies (a no-op when nothing was copied). */
  public void delete() {
    deleteTree(dir);
  }

  private void deleteLeftovers() {
    try (DirectoryStream<java.nio.file.Path> leftovers =
        Files.newDirectoryStream(target.getParent(), target.getFileName() + ".lake-copy-*")) {
      for (java.nio.file.Path leftover : leftovers) {
        LOG.info("removing the lake copy of an earlier build: {}", leftover.getFileName());
        deleteTree(leftover);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + target.getParent(), e);
    }
  }

  private static boolean remote(String file) {
    // DeltaSnapshot gives local files as plain paths and the others as URIs
    return file.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*") && !file.startsWith("file:");
  }

  private static void deleteTree(java.nio.file.Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<java.nio.file.Path> paths = Files.walk(root)) {
      for (java.nio.file.Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      LOG.warn("cannot remove {}: {}", root, e.getMessage());
    }
  }
}
