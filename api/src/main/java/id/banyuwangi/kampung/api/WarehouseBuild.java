package id.banyuwangi.kampung.api;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.read.BuildInfo;
import id.banyuwangi.kampung.read.PublishedCatalog;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One published warehouse file, opened read-only in its own in-memory DuckDB instance that
 * ATTACHes it: its build id (from {@code _build_info}), the catalog it was built with, a small pool of connections
 * ({@link BuildConnections}) and a count of the requests reading it. A replaced build is retired,
 * and closes once its last reader is done: a request that started on it finishes on it.
 *
 * <p>Opening the path directly (even with {@code duckdb.read_only=true}) would go through the
 * driver's process-wide instance cache, keyed by path, and hand back the old build while any
 * connection to it is still open.
 */
final class WarehouseBuild {
  private static final Logger LOG = LoggerFactory.getLogger(WarehouseBuild.class);
  private static final String CATALOG = "warehouse";

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

  private final long generation;
  private final String id;
  private final Map<String, String> info;
  private final BuildBlock block;
  private final IndicatorCatalog catalog;
  private final SdmxStructure sdmx;
  private final BuildConnections connections;
  private int readers; // guarded by this
  private boolean retired; // guarded by this
  private boolean closed; // guarded by this

  private WarehouseBuild(long generation, DuckDBConnection root, BuildInfo buildInfo, IndicatorCatalog catalog) {
    this.generation = generation;
    this.catalog = catalog;
    this.sdmx = SdmxStructure.of(catalog);
    this.connections = new BuildConnections(root, CATALOG);
    this.info = buildInfo.info();
    String buildId = info.get("build_id");
    this.id = buildId == null || buildId.isBlank() ? "unidentified-" + generation : buildId;
    this.block = BuildBlock.of(id, buildInfo);
  }

  static WarehouseBuild open(Path file, long generation) throws SQLException {
    // Results stream chunk by chunk (its duplicates inherit it): an export never has DuckDB materialise all its rows.
    Properties streaming = new Properties();
    streaming.setProperty(DuckDBDriver.JDBC_STREAM_RESULTS, "true");
    DuckDBConnection root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:", streaming);
    try (Statement s = root.createStatement()) {
      s.execute("ATTACH '" + file.toString().replace("'", "''") + "' AS " + CATALOG + " (READ_ONLY)");
      s.execute("USE " + CATALOG);
      // Nothing a request runs may read or write other files.
      s.execute("SET enable_external_access = false");
      s.execute("SET lock_configuration = true");
      return new WarehouseBuild(generation, root, buildInfo(root), PublishedCatalog.read(root));
    } catch (SQLException e) {
      BuildConnections.closeQuietly(root);
      throw e;
    }
  }

  private static BuildInfo buildInfo(DuckDBConnection root) {
    try {
      return BuildInfo.read(root);
    } catch (RuntimeException e) {
      LOG.warn("the warehouse has no readable _build_info or _build_sources: {}", e.getMessage());
      return new BuildInfo(Map.of(), List.of());
    }
  }

  /** {@code _build_info.build_id}: what names this build in ETags and logs. */
  String id() {
    return id;
  }

  /** Unique per opened file in this process, even if two files carried the same build id. */
  long generation() {
    return generation;
  }

  /** The catalog this build was built with (its {@code dim_indicator}): the API serves each build's own indicators. */
  IndicatorCatalog catalog() {
    return catalog;
  }

  /** The build's id, time and the Delta versions it read: the {@code build} block of answers. */
  BuildBlock block() {
    return block;
  }

  /** The SDMX data structure of this build's catalog. */
  SdmxStructure sdmx() {
    return sdmx;
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

  /** A read-only connection to this build from its pool; call under a lease. */
  BuildConnections.Pooled connection() {
    return connections.take();
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
      connections.close();
    }
  }
}
