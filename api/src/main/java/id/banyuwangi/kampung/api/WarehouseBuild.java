package id.banyuwangi.kampung.api;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One published warehouse file, opened read-only in its own in-memory DuckDB instance that
 * ATTACHes it: its build id (from {@code _build_info}), a small pool of connections (duplicates of
 * the root connection, so requests never queue on one connection) and a count of the requests
 * reading it. A replaced build is retired, and closes once its last reader is done: a request that
 * started on it finishes on it.
 *
 * <p>Opening the path directly (even with {@code duckdb.read_only=true}) would go through the
 * driver's process-wide instance cache, keyed by path, and hand back the old build while any
 * connection to it is still open.
 */
final class WarehouseBuild {
  private static final Logger LOG = LoggerFactory.getLogger(WarehouseBuild.class);
  private static final String CATALOG = "warehouse";
  /** Concurrent queries per build: DuckDB parallelises each query itself, more would only queue on the cores. */
  static final int CONNECTIONS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
  private static final long WAIT_FOR_CONNECTION_S = 20;

  /** A request's hold on the build it reads; closing it lets a retired build close. */
  final class Lease implements AutoCloseable {
    private boolean released;

    WarehouseBuild build() {
      return WarehouseBuild.this;
    }

    @Override
    public void close() {
      if (!released) {
        released = true;
        release();
      }
    }
  }

  /** A connection from the pool; closing it gives it back. */
  final class Pooled implements AutoCloseable {
    private final Connection connection;

    private Pooled(Connection connection) {
      this.connection = connection;
    }

    Connection connection() {
      return connection;
    }

    @Override
    public void close() {
      giveBack(connection);
    }
  }

  private final long generation;
  private final String id;
  private final Map<String, String> info;
  private final DuckDBConnection root;
  private final Semaphore permits = new Semaphore(CONNECTIONS);
  private final Deque<Connection> idle = new ArrayDeque<>(); // guarded by this
  private int readers; // guarded by this
  private boolean retired; // guarded by this
  private boolean closed; // guarded by this

  private WarehouseBuild(long generation, DuckDBConnection root, Map<String, String> info) {
    this.generation = generation;
    this.root = root;
    this.info = info;
    String buildId = info.get("build_id");
    this.id = buildId == null || buildId.isBlank() ? "unidentified-" + generation : buildId;
  }

  static WarehouseBuild open(Path file, long generation) throws SQLException {
    DuckDBConnection root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = root.createStatement()) {
      s.execute("ATTACH '" + file.toString().replace("'", "''") + "' AS " + CATALOG + " (READ_ONLY)");
      s.execute("USE " + CATALOG);
      // Nothing a request runs may read or write other files.
      s.execute("SET enable_external_access = false");
      s.execute("SET lock_configuration = true");
      return new WarehouseBuild(generation, root, buildInfo(s));
    } catch (SQLException e) {
      closeQuietly(root);
      throw e;
    }
  }

  private static Map<String, String> buildInfo(Statement s) throws SQLException {
    Map<String, String> info = new HashMap<>();
    try (ResultSet r = s.executeQuery("SELECT key, value FROM _build_info")) {
      while (r.next()) {
        info.put(r.getString(1), r.getString(2));
      }
    } catch (SQLException e) {
      LOG.warn("the warehouse has no readable _build_info: {}", e.getMessage());
    }
    return info;
  }

  /** {@code _build_info.build_id}: what names this build in ETags and logs. */
  String id() {
    return id;
  }

  /** Unique per opened file in this process, even if two files carried the same build id. */
  long generation() {
    return generation;
  }

  /** A value of {@code _build_info} (build_id, built_at, lake), or null. */
  String info(String key) {
    return info.get(key);
  }

  /** A new lease, or null once the build is closed. */
  synchronized Lease lease() {
    if (closed) {
      return null;
    }
    readers++;
    return new Lease();
  }

  /** A read-only connection to this build, waiting while all of the pool's are in use; call under a lease. */
  Pooled connection() {
    try {
      if (!permits.tryAcquire(WAIT_FOR_CONNECTION_S, TimeUnit.SECONDS)) {
        throw new WarehouseUnavailable("the warehouse is busy, try again", null);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WarehouseUnavailable("interrupted while waiting for the warehouse", e);
    }
    try {
      Connection c;
      synchronized (this) {
        c = idle.poll();
      }
      return new Pooled(c != null ? c : duplicate());
    } catch (RuntimeException e) {
      permits.release();
      throw e;
    }
  }

  private Connection duplicate() {
    Connection c = null;
    try {
      c = root.duplicate();
      try (Statement s = c.createStatement()) {
        s.execute("USE " + CATALOG);
      }
      return c;
    } catch (SQLException e) {
      if (c != null) {
        closeQuietly(c);
      }
      throw new WarehouseUnavailable("cannot connect to the warehouse", e);
    }
  }

  private void giveBack(Connection c) {
    synchronized (this) {
      if (closed) {
        closeQuietly(c);
      } else {
        idle.push(c);
      }
    }
    permits.release();
  }

  /** Whether a newer build replaced this one. */
  synchronized boolean retired() {
    return retired;
  }

  /** No new request will read this build; it closes when its last reader is done. */
  synchronized void retire() {
    retired = true;
    closeIfDone();
  }

  private synchronized void release() {
    readers--;
    closeIfDone();
  }

  private void closeIfDone() {
    if (retired && readers == 0 && !closed) {
      closed = true;
      idle.forEach(WarehouseBuild::closeQuietly);
      idle.clear();
      closeQuietly(root);
    }
  }

  static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException e) {
      LOG.debug("closing a warehouse connection failed", e);
    }
  }
}
