package id.banyuwangi.kampung.warehouse;

import id.banyuwangi.kampung.domain.fault.FaultPoint;
import id.banyuwangi.kampung.domain.poverty.PovertyLines;
import id.banyuwangi.kampung.domain.progress.Progress;
import io.delta.kernel.defaults.engine.DefaultEngine;
import io.delta.kernel.engine.Engine;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the DuckDB warehouse from the latest Delta snapshot of the silver tables, without Spark:
 *
 * <ol>
 *   <li>pin the snapshot of every lake table (Delta Kernel: version and active Parquet files);
 *   <li>into {@code FILE.building-<id>}: load the dimensions from the domain catalogs, run the SQL
 *       models (staging, intermediate, marts), record {@code _build_info} and {@code _build_sources};
 *   <li>move the finished file over {@code FILE} atomically.
 * </ol>
 *
 * The same snapshot always yields the same marts.
 */
public final class WarehouseBuilder {
  private static final Logger LOG = LoggerFactory.getLogger(WarehouseBuilder.class);
  private static final DateTimeFormatter BUILD_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private WarehouseBuilder() {}

  /**
   * @param lakeUri the lake root, a path or Hadoop URI; tables are read at {@code <lake>/silver/...}
   * @param warehouseFile the DuckDB file to publish; replaced atomically when the build succeeds
   *     (poverty lines: the shipped ones, {@link PovertyLines#shipped()})
   * @throws RefusedSnapshotException when a table cannot be read as plain Parquet
   * @throws WarehouseBuildException when the build fails; the published file is then unchanged
   */
  public static BuildSummary build(String lakeUri, Path warehouseFile, Progress progress) {
    return build(lakeUri, warehouseFile, PovertyLines.shipped(), progress);
  }

  /**
   * As {@link #build(String, Path, Progress)}, with the poverty line per survey year taken from
   * {@code povertyLines} (the shipped lines, or a planner's override). A survey year without a line
   * gets no poverty values (logged as a warning), never a guessed one.
   */
  public static BuildSummary build(String lakeUri, Path warehouseFile, PovertyLines povertyLines,
      Progress progress) {
    return build(lakeUri, warehouseFile, povertyLines, false, progress);
  }

  /**
   * As {@link #build(String, Path, PovertyLines, Progress)}; {@code allowShrink} publishes a build
   * that has far fewer indicator cells than the published warehouse ({@link ShrinkGuard}).
   *
   * @throws RefusedBuildException when the lake is missing or holds no silver table, or the build
   *     would shrink the published warehouse; nothing is written then
   */
  public static BuildSummary build(String lakeUri, Path warehouseFile, PovertyLines povertyLines,
      boolean allowShrink, Progress progress) {
    LakeCheck.require(lakeUri);
    long started = System.nanoTime();
    Instant builtAt = Instant.now();
    String buildId = BUILD_TIME.format(builtAt) + "-" + HexFormat.of().formatHex(randomBytes(3));
    String lake = lakeUri.replaceAll("/+$", "");
    WarehouseFile file = new WarehouseFile(warehouseFile);
    List<ModelRunner.Model> models = ModelRunner.models();
    progress.start("warehouse", LakeTable.values().length + models.size() + 3);
    Path building = file.building(buildId);
    LocalLakeCopy copy = new LocalLakeCopy(file.target(), buildId);
    try {
      file.deleteLeftovers();
      Map<LakeTable, DeltaSnapshot> snapshots = copy.localise(pin(lake, progress));
      Map<String, Long> rows;
      try (DuckDBConnection db = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + building)) {
        execute(db, "SET TimeZone = 'UTC'"); // results must not depend on the machine's zone
        // one transaction: nobody reads the building file, so a commit per model buys nothing
        db.setAutoCommit(false);
        Dimensions.loadCatalogs(db, povertyLines);
        progress.step(1);
        ModelRunner runner = new ModelRunner(path -> sourceRelation(LakeTable.byPath(path), snapshots));
        for (ModelRunner.Model model : models) {
          FaultPoint.reach("build.model");
          runner.run(db, model);
          progress.step(1);
        }
        warnSurveyYearsWithoutPovertyLine(db);
        Dimensions.loadPeriods(db);
        recordBuild(db, buildId, builtAt, lake, snapshots);
        progress.step(1);
        db.commit();
        rows = rowCounts(db);
        db.setAutoCommit(true);
        execute(db, "CHECKPOINT");
      }
      ShrinkGuard.check(file.target(), rows, allowShrink);
      FaultPoint.reach("build.publish");
      file.publish(building);
      progress.step(1);
      Map<String, Long> versions = new LinkedHashMap<>();
      snapshots.forEach((table, snapshot) -> versions.put(table.path(), snapshot.version()));
      BuildSummary summary = new BuildSummary(buildId, versions, rows, Duration.ofNanos(System.nanoTime() - started));
      LOG.info("published {} ({} indicator values) in {} ms", file.target().getFileName(),
          rows.get("mart_indicator_value"), summary.elapsed().toMillis());
      return summary;
    } catch (SQLException e) {
      throw new WarehouseBuildException("warehouse build " + buildId + " failed: " + e.getMessage(), e);
    } finally {
      file.discard(building); // a no-op once published
      copy.delete();
      progress.done();
    }
  }

  private static Map<LakeTable, DeltaSnapshot> pin(String lake, Progress progress) {
    Engine engine = DefaultEngine.create(new Configuration());
    Map<LakeTable, DeltaSnapshot> snapshots = new EnumMap<>(LakeTable.class);
    for (LakeTable table : LakeTable.values()) {
      DeltaSnapshot snapshot = DeltaSnapshot.latest(engine, lake + "/" + table.path());
      if (snapshot.exists()) {
        LOG.info("pinned {} at version {} ({} files)", table.path(), snapshot.version(), snapshot.files().size());
      } else {
        LOG.info("{} does not exist yet: its models read an empty relation", table.path());
      }
      snapshots.put(table, snapshot);
      progress.step(1);
    }
    return snapshots;
  }

  /** The relation a staging model reads: the pinned files, or a typed empty relation. */
  private static String sourceRelation(LakeTable table, Map<LakeTable, DeltaSnapshot> snapshots) {
    List<String> files = snapshots.get(table).files();
    if (files.isEmpty()) {
      return table.emptyRelationSql();
    }
    // union_by_name: files written before a column was added read it as NULL
    return files.stream()
        .map(f -> "'" + f.replace("'", "''") + "'")
        .collect(Collectors.joining(", ", "read_parquet([", "], union_by_name = true)"));
  }

  private static void recordBuild(DuckDBConnection db, String buildId, Instant builtAt, String lake,
      Map<LakeTable, DeltaSnapshot> snapshots) throws SQLException {
    execute(db, "CREATE TABLE _build_info (key VARCHAR PRIMARY KEY, value VARCHAR)");
    try (PreparedStatement insert = db.prepareStatement("INSERT INTO _build_info VALUES (?, ?)")) {
      for (String[] kv : new String[][] {
          {"build_id", buildId}, {"built_at", builtAt.toString()}, {"lake", lake}}) {
        insert.setString(1, kv[0]);
        insert.setString(2, kv[1]);
        insert.addBatch();
      }
      insert.executeBatch();
    }
    execute(db, """
        CREATE TABLE _build_sources (table_name VARCHAR PRIMARY KEY, delta_version BIGINT,
          file_count BIGINT NOT NULL, row_count BIGINT NOT NULL)""");
    try (PreparedStatement insert = db.prepareStatement("INSERT INTO _build_sources VALUES (?, ?, ?, ?)")) {
      for (Map.Entry<LakeTable, DeltaSnapshot> e : snapshots.entrySet()) {
        DeltaSnapshot snapshot = e.getValue();
        insert.setString(1, e.getKey().path());
        insert.setObject(2, snapshot.exists() ? snapshot.version() : null); // null: no table yet
        insert.setLong(3, snapshot.files().size());
        // staging is a plain projection of the pinned files, so its rows are the snapshot's rows
        insert.setLong(4, count(db, e.getKey().stagingModel()));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static void warnSurveyYearsWithoutPovertyLine(DuckDBConnection db) throws SQLException {
    try (Statement statement = db.createStatement();
        ResultSet rs = statement.executeQuery("""
            SELECT survey_year, count(*) FROM stg_households
            WHERE survey_year NOT IN (SELECT "year" FROM dim_poverty_line)
            GROUP BY survey_year ORDER BY survey_year""")) {
      while (rs.next()) {
        LOG.warn("no poverty line configured for survey year {} ({} households): no poverty values"
            + " (P0, P1, P2, bansos errors) for that year", rs.getInt(1), rs.getLong(2));
      }
    }
  }

  private static Map<String, Long> rowCounts(DuckDBConnection db) throws SQLException {
    Map<String, Long> rows = new TreeMap<>();
    try (Statement statement = db.createStatement();
        ResultSet names = statement.executeQuery(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY 1")) {
      while (names.next()) {
        rows.put(names.getString(1), null);
      }
    }
    for (String table : rows.keySet()) {
      rows.put(table, count(db, table));
    }
    return rows;
  }

  private static long count(DuckDBConnection db, String table) throws SQLException {
    try (Statement statement = db.createStatement();
        ResultSet rs = statement.executeQuery("SELECT count(*) FROM \"" + table.replace("\"", "\"\"") + "\"")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void execute(DuckDBConnection db, String sql) throws SQLException {
    try (Statement statement = db.createStatement()) {
      statement.execute(sql);
    }
  }

  private static byte[] randomBytes(int n) {
    byte[] bytes = new byte[n];
    new SecureRandom().nextBytes(bytes);
    return bytes;
  }
}
