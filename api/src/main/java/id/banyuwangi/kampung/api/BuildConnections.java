package id.banyuwangi.kampung.api;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small pool of read-only connections to one build: duplicates of its root connection (one
 * DuckDB instance, so they share its cache), made when first needed and kept for the next request,
 * so that requests never queue on one connection nor pay for a new one each time.
 */
final class BuildConnections {
  private static final Logger LOG = LoggerFactory.getLogger(BuildConnections.class);
  /** Concurrent queries per build: DuckDB parallelises each query itself, more would only queue on the cores. */
  static final int SIZE = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
  private static final long WAIT_S = 20;

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

  private final DuckDBConnection root;
  private final String catalog;
  private final Semaphore permits = new Semaphore(SIZE);
  private final Deque<Connection> idle = new ArrayDeque<>(); // guarded by this
  private boolean closed; // guarded by this

  /** Connections to {@code root}, each reading {@code catalog} (the attached warehouse). */
  BuildConnections(DuckDBConnection root, String catalog) {
    this.root = root;
    this.catalog = catalog;
  }

  /** A connection, waiting while all are in use. */
  Pooled take() {
    try {
      if (!permits.tryAcquire(WAIT_S, TimeUnit.SECONDS)) {
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
        s.execute("USE " + catalog);
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

  /** Closes the idle connections and the root; one still taken closes when given back. */
  synchronized void close() {
    closed = true;
    idle.forEach(BuildConnections::closeQuietly);
    idle.clear();
    closeQuietly(root);
  }

  static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException e) {
      LOG.debug("closing a warehouse connection failed", e);
    }
  }
}
