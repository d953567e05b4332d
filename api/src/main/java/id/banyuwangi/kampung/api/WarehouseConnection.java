package id.banyuwangi.kampung.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import id.banyuwangi.kampung.domain.publish.PublishedBuilds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Read-only access to the published warehouse file, which a rebuild replaces by renaming a new file
 * over it. Every {@link #lease()} checks the file's identity (inode, mtime, size: one stat call);
 * when it changed, the new build is opened, the previous one retired, and later requests read the
 * new one, while requests already running finish on the old one (its open file handle still reads
 * the old inode). A half-built file is never seen: it only ever appears under this path complete.
 *
 * <p>Earlier builds kept beside the file ({@link PublishedBuilds}) are opened on demand for answers
 * {@code asOf} them or paged from them, a few at a time (the least recently used closes, once its
 * readers are done).
 */
final class WarehouseConnection implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WarehouseConnection.class);

  private record Identity(Object fileKey, FileTime modified, long size) {}

  private static final int OPEN_EARLIER_BUILDS = 3;

  private final Path file;
  private final PublishedBuilds published;
  private final Cache<String, WarehouseBuild> earlier = Caffeine.newBuilder()
      .maximumSize(OPEN_EARLIER_BUILDS)
      .executor(Runnable::run)
      .removalListener((String id, WarehouseBuild build, RemovalCause cause) -> {
        if (build != null) {
          build.retire();
        }
      })
      .build();
  private volatile Consumer<WarehouseBuild> onPublished = build -> { };
  private Identity identity; // guarded by this: the file current was opened from
  private WarehouseBuild current; // guarded by this
  private Identity failed; // guarded by this: a file that did not open is not retried until it changes
  private long generations; // guarded by this

  WarehouseConnection(Path file) {
    this.file = file.toAbsolutePath();
    this.published = PublishedBuilds.of(this.file);
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

  /**
   * A hold on build {@code buildId}: the newest when it is that build, else the kept earlier build
   * of that id; a 404 when it is not kept (any more).
   */
  WarehouseBuild.Lease lease(String buildId) {
    WarehouseBuild.Lease newest = lease();
    if (newest.build().id().equals(buildId)) {
      return newest;
    }
    newest.close();
    return earlier(published.find(buildId).orElseThrow(() -> new ClientError(404, "build " + buildId
        + " is not kept: /api/v1/builds lists the builds kept")));
  }

  /** A hold on the build that was published at {@code time}; a 404 when none of those kept was. */
  WarehouseBuild.Lease leaseAsOf(Instant time) {
    Optional<PublishedBuilds.Kept> kept = published.asOf(time);
    if (kept.isPresent()) {
      return lease(kept.get().buildId());
    }
    WarehouseBuild.Lease newest = lease();
    String builtAt = newest.build().info("built_at");
    if (builtAt != null && published.kept().isEmpty() && !Instant.parse(builtAt).isAfter(time)) {
      return newest; // nothing kept (--keep-builds 0): the newest, when it is old enough
    }
    newest.close();
    throw new ClientError(404, "no build kept was published at or before " + time
        + ": /api/v1/builds lists the builds kept");
  }

  /** The builds kept beside the file, newest first. */
  java.util.List<PublishedBuilds.Kept> kept() {
    return published.kept();
  }

  private synchronized WarehouseBuild.Lease earlier(PublishedBuilds.Kept kept) {
    WarehouseBuild open = earlier.getIfPresent(kept.buildId());
    WarehouseBuild.Lease lease = open == null ? null : open.lease();
    if (lease != null) {
      return lease;
    }
    try {
      WarehouseBuild build = WarehouseBuild.open(kept.file(), ++generations);
      lease = build.lease();
      earlier.put(kept.buildId(), build);
      return lease;
    } catch (SQLException e) {
      throw new WarehouseUnavailable("cannot open the earlier build " + kept.buildId(), e);
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
    earlier.invalidateAll();
    if (current != null) {
      current.retire();
      current = null;
    }
  }
}
