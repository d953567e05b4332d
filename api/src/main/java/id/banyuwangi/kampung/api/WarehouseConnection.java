package id.banyuwangi.kampung.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.read.PublishedCatalog;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Read-only access to the published warehouse file, which a rebuild replaces by renaming a new file
 * over it. Every {@link #connect()} checks the file's identity (inode, mtime, size: one stat call);
 * when it changed, the new build is opened and later requests read it, while requests already
 * running finish on the old one (its open file handle still reads the old inode). A half-built file
 * is never seen: it only ever appears under this path complete.
 *
 * <p>Each build is opened in a fresh in-memory DuckDB instance that ATTACHes the file READ_ONLY.
 * Opening the path directly (even with {@code duckdb.read_only=true}) would go through the
 * driver's process-wide instance cache, keyed by path, and hand back the old build while any
 * connection to it is still open.
 */
final class WarehouseConnection implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WarehouseConnection.class);
  private static final String CATALOG = "warehouse";

  private record Identity(Object fileKey, FileTime modified, long size) {}

  private record Build(Identity identity, DuckDBConnection root, IndicatorCatalog catalog) {}

  private final Path file;
  private Build current; // guarded by this
  private Identity failed; // guarded by this: a file that did not open is not retried until it changes

  WarehouseConnection(Path file) {
    this.file = file.toAbsolutePath();
  }

  /**
   * The catalog the newest complete build was built with (its {@code dim_indicator}): the API
   * serves each build's own indicators.
   */
  IndicatorCatalog catalog() {
    Identity now = identity();
    synchronized (this) {
      return refreshed(now).catalog();
    }
  }

  /** The newest complete build, reopened when the file changed; guarded by this. */
  private Build refreshed(Identity now) {
    if (now != null && (current == null || !now.equals(current.identity())) && !now.equals(failed)) {
      reopen(now);
    }
    if (current == null) {
      throw new WarehouseUnavailable("the warehouse has not been built yet", null);
    }
    return current;
  }

  /** A read-only connection to the newest complete build; the caller closes it. */
  Connection connect() {
    Identity now = identity();
    Connection connection;
    synchronized (this) {
      Build build = refreshed(now);
      try {
        connection = build.root().duplicate();
      } catch (SQLException e) {
        throw new WarehouseUnavailable("cannot connect to the warehouse", e);
      }
    }
    try (Statement s = connection.createStatement()) {
      s.execute("USE " + CATALOG);
      return connection;
    } catch (SQLException e) {
      closeQuietly(connection);
      throw new WarehouseUnavailable("cannot connect to the warehouse", e);
    }
  }

  private void reopen(Identity now) {
    try {
      DuckDBConnection root = open(file);
      Build next = new Build(now, root, PublishedCatalog.read(root));
      Build old = current;
      current = next;
      failed = null;
      if (old != null) {
        LOG.info("warehouse replaced, serving the new build of {}", file.getFileName());
        closeQuietly(old.root());
      }
    } catch (SQLException e) {
      failed = now;
      LOG.warn("cannot open the warehouse {}: {}; still serving the previous build", file, e.getMessage());
    }
  }

  private static DuckDBConnection open(Path file) throws SQLException {
    DuckDBConnection root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = root.createStatement()) {
      s.execute("ATTACH '" + file.toString().replace("'", "''") + "' AS " + CATALOG + " (READ_ONLY)");
      s.execute("USE " + CATALOG);
      // Nothing a request runs may read or write other files.
      s.execute("SET enable_external_access = false");
      s.execute("SET lock_configuration = true");
      return root;
    } catch (SQLException e) {
      closeQuietly(root);
      throw e;
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
      closeQuietly(current.root());
      current = null;
    }
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException e) {
      LOG.debug("closing a warehouse connection failed", e);
    }
  }
}
