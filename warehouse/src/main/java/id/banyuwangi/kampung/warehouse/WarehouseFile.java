package id.banyuwangi.kampung.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import id.banyuwangi.kampung.domain.publish.PublishedBuilds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a build writes and how it publishes: into {@code FILE.building-<id>} beside the target,
 * then one atomic rename over the target. A reader sees the old file or the new one, never a half
 * built one; a reader that already has the old file open keeps reading it (the rename does not
 * touch the old file's contents). The last published builds are kept beside it
 * ({@link PublishedBuilds}: {@code FILE.builds/BUILD_ID.duckdb}) for answers as of an earlier build.
 */
final class WarehouseFile {
  private static final Logger LOG = LoggerFactory.getLogger(WarehouseFile.class);

  private final Path target;

  WarehouseFile(Path target) {
    this.target = target.toAbsolutePath().normalize();
  }

  Path target() {
    return target;
  }

  /** Beside the target, so the final rename stays on one file system (and is atomic). */
  Path building(String buildId) {
    return target.resolveSibling(target.getFileName() + ".building-" + buildId);
  }

  /** Removes what crashed earlier builds left behind (their database and WAL files). */
  void deleteLeftovers() {
    try {
      Files.createDirectories(target.getParent());
      try (DirectoryStream<Path> leftovers =
          Files.newDirectoryStream(target.getParent(), target.getFileName() + ".building-*")) {
        for (Path leftover : leftovers) {
          LOG.info("removing leftover of an earlier build: {}", leftover.getFileName());
          Files.deleteIfExists(leftover);
        }
      }
      PublishedBuilds.of(target).deleteLeftovers();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare " + target.getParent(), e);
    }
  }

  /** Renames {@code building} over the target atomically, keeping it as one of the last {@code keep} builds. */
  void publish(Path building, String buildId, int keep) {
    PublishedBuilds.of(target).publish(building, buildId, keep);
  }

  /** After a failure: the building file and its WAL go, the published target stays. */
  void discard(Path building) {
    for (Path path : new Path[] {building, building.resolveSibling(building.getFileName() + ".wal")}) {
      try {
        Files.deleteIfExists(path);
      } catch (IOException e) {
        LOG.warn("cannot remove {}: {}", path, e.getMessage());
      }
    }
  }
}
