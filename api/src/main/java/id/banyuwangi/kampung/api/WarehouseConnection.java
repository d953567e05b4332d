package id.banyuwangi.kampung.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.sql.SQLException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Read-only access to the published warehouse file, which a rebuild replaces by renaming a new file
 * over it. Every {@link #lease()} checks the file's identity (inode, mtime, size: one stat call);
 * when it changed, the new build is opened, the previous one retired, and later requests read the
 * new one, while requests already running finish on the old one (its open file handle still reads
 * the old inode). A half-built file is never seen: it only ever appears under this path complete.
 */
final class WarehouseConnection implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WarehouseConnection.class);

  private record Identity(Object fileKey, FileTime modified, long size) {}

  private final Path file;
  private volatile Consumer<WarehouseBuild> onPublished = build -> { };
  private Identity identity; // guarded by this: the file current was opened from
  private WarehouseBuild current; // guarded by this
  private Identity failed; // guarded by this: a file that did not open is not retried until it changes
  private long generations; // guarded by this

  WarehouseConnection(Path file) {
    this.file = file.toAbsolutePath();
  }

  /** {@code listener} hears of each newly opened build, on the thread that opened it: keep it short. */
  void onPublished(Consumer<WarehouseBuild> listener) {
    this.onPublished = listener;
  }

  /** A hold on the newest complete build, for one request from start to end; the caller closes it. */
  WarehouseBuild.Lease lease() {
    Identity now = identity();
    synchronized (this) {
      if (now != null && (current == null || !now.equals(identity)) && !now.equals(failed)) {
        reopen(now);
      }
      if (current == null) {
        throw new WarehouseUnavailable("the warehouse has not been built yet", null);
      }
      return current.lease(); // never null: only a retired build closes
    }
  }

  /** Opens a newly published file now rather than at the next request. */
  void refresh() {
    try (WarehouseBuild.Lease lease = lease()) {
      LOG.trace("serving build {}", lease.build().id());
    } catch (WarehouseUnavailable e) {
      LOG.trace("no warehouse yet: {}", e.getMessage());
    }
  }

  private void reopen(Identity now) {
    try {
      WarehouseBuild next = WarehouseBuild.open(file, ++generations);
      WarehouseBuild old = current;
      current = next;
      identity = now;
      failed = null;
      if (old != null) {
        LOG.info("warehouse replaced, serving build {} of {}", next.id(), file.getFileName());
        old.retire();
      }
      onPublished.accept(next);
    } catch (SQLException e) {
      failed = now;
      LOG.warn("cannot open the warehouse {}: {}; still serving the previous build", file, e.getMessage());
    }
  }

  private Identity identity() {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      return new Identity(a.fileKey(), a.lastModifiedTime(), a.size());
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      LOG.warn("cannot stat the warehouse {}: {}", file, e.getMessage());
      return null;
    }
  }

  @Override
  public synchronized void close() {
    if (current != null) {
      current.retire();
      current = null;
    }
  }
}
