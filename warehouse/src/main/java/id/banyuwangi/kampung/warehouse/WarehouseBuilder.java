package id.banyuwangi.kampung.warehouse;

import id.banyuwangi.kampung.domain.fault.FaultPoint;
import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.domain.lake.LakeTable;
import id.banyuwangi.kampung.domain.period.Period;
import id.banyuwangi.kampung.domain.poverty.PovertyLines;
import id.banyuwangi.kampung.domain.progress.Progress;
import id.banyuwangi.kampung.warehouse.internal.datatest.DataTest;
import id.banyuwangi.kampung.warehouse.internal.datatest.DataTestRunner;
import id.banyuwangi.kampung.warehouse.internal.datatest.TestResult;
import id.banyuwangi.kampung.warehouse.internal.docs.DocsSite;
import id.banyuwangi.kampung.warehouse.internal.lake.DeltaSnapshot;
import id.banyuwangi.kampung.warehouse.internal.lake.LocalLakeCopy;
import id.banyuwangi.kampung.warehouse.internal.lake.PinnedLake;
import id.banyuwangi.kampung.warehouse.internal.project.BuildContext;
import id.banyuwangi.kampung.warehouse.internal.project.Identifiers;
import id.banyuwangi.kampung.warehouse.internal.project.Project;
import id.banyuwangi.kampung.warehouse.internal.project.ProjectFingerprint;
import id.banyuwangi.kampung.warehouse.internal.project.ProjectRunner;
import id.banyuwangi.kampung.warehouse.internal.project.Renderer;
import id.banyuwangi.kampung.warehouse.internal.seed.JavaModels;
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
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the DuckDB warehouse from the latest Delta snapshot of the silver tables, without Spark,
 * the way {@code dbt build} does:
 *
 * <ol>
 *   <li>pin the snapshot of every silver table of the lake contract (Delta Kernel: version and
 *       active Parquet files);
 *   <li>into {@code FILE.building-<id>}: run the project's models in the order their {@code ref()}s
 *       give (seeds from the catalogs, staging, intermediate, marts, public views), record
 *       {@code _build_info} and {@code _build_sources};
 *   <li>run every data test; one failure fails the build and nothing is published;
 *   <li>move the finished file over {@code FILE} atomically.
 * </ol>
 *
 * An incremental build ({@link BuildOptions#incremental()}) starts from a copy of the published
 * file instead and re-runs only the models that the lake tables changed since then reach
 * ({@link ProjectRunner#refresh}); the data tests all run again. It yields the same tables as a
 * full build of the same snapshot.
 *
 * The same snapshot always yields the same marts.
 */
public final class WarehouseBuilder {
  private static final Logger LOG = LoggerFactory.getLogger(WarehouseBuilder.class);
  private static final DateTimeFormatter BUILD_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private WarehouseBuilder() {}

  /** As {@link #build(BuildOptions, Progress)} with the shipped catalog and poverty lines. */
  public static BuildSummary build(String lakeUri, Path warehouseFile, Progress progress) {
    return build(BuildOptions.of(lakeUri, warehouseFile), progress);
  }

  /** As {@link #build(BuildOptions, Progress)} with the shipped catalog and the given poverty lines. */
  public static BuildSummary build(String lakeUri, Path warehouseFile, PovertyLines povertyLines, Progress progress) {
    return build(BuildOptions.of(lakeUri, warehouseFile).withPovertyLines(povertyLines), progress);
  }

  /**
   * Builds and publishes.
   *
   * @throws RefusedBuildException when the lake is missing or holds no silver table, or the build
   *     would shrink the published warehouse; nothing is published then
   * @throws RefusedSnapshotException when a table cannot be read as plain Parquet
   * @throws WarehouseBuildException when a model or a data test fails; the published file is then
   *     unchanged
   */
  public static BuildSummary build(BuildOptions options, Progress progress) {
    LakeCheck.require(options.lake());
    long started = System.nanoTime();
    Instant builtAt = Instant.now();
    String buildId = BUILD_TIME.format(builtAt) + "-" + HexFormat.of().formatHex(randomBytes(3));
    String lake = options.lake().replaceAll("/+$", "");
    WarehouseFile file = new WarehouseFile(options.warehouse());
    Project project = Project.load(JavaModels.all());
    BuildContext context = new BuildContext(options.catalog(), options.povertyLines(), vars(options.catalog()));
    progress.start("warehouse", PinnedLake.tableCount() + project.models().size() + 3);
    Path building = file.building(buildId);
    LocalLakeCopy copy = new LocalLakeCopy(file.target(), buildId);
    try {
      file.deleteLeftovers();
      PinnedLake pinned = copy.localise(PinnedLake.pin(lake, progress::step));
      String fingerprint = ProjectFingerprint.of(project, context, lake, List.of(WarehouseBuilder.class, Indicator.class));
      Optional<Set<String>> changed = options.incremental()
          ? PreviousBuild.startFrom(file.target(), building, fingerprint, pinned) : Optional.empty();
      Map<String, Long> rows;
      List<TestResult> results;
      List<HiddenCells> hidden;
      ProjectRunner runner = new ProjectRunner(project, new Renderer(pinned::relation, context.vars()), context);
      try (DuckDBConnection db = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + building)) {
        execute(db, "SET TimeZone = 'UTC'"); // results must not depend on the machine's zone
        // one transaction: nobody reads the building file, so a commit per model buys nothing
        db.setAutoCommit(false);
        IntConsumer step = n -> {
          FaultPoint.reach("build.model"); // after each model
          progress.step(n);
        };
        if (changed.isPresent()) {
          runner.refresh(db, changed.get(), step);
          execute(db, "DROP TABLE _build_info");
          execute(db, "DROP TABLE _build_sources");
        } else {
          runner.run(db, step);
        }
        warnSurveyYearsWithoutPovertyLine(db);
        recordBuild(db, buildId, builtAt, lake, options.catalog().minCell(), fingerprint, pinned);
        List<DataTest> tests = DataTestRunner.tests(project, options.catalog());
        results = DataTestRunner.run(db, tests);
        hidden = HiddenCells.read(db);
        progress.step(1);
        db.commit();
        rows = rowCounts(db);
        if (options.docs().isPresent()) {
          DocsSite.write(options.docs().get(), project, db, results, buildId);
        }
        failOnTests(buildId, results);
        db.setAutoCommit(true);
        execute(db, "CHECKPOINT");
      }
      ShrinkGuard.check(file.target(), rows, options.allowShrink());
      FaultPoint.reach("build.publish");
      file.publish(building, buildId, options.keepBuilds());
      progress.step(1);
      Map<String, Long> versions = new LinkedHashMap<>();
      pinned.snapshots().forEach((table, snapshot) -> versions.put(table.path(), snapshot.version()));
      BuildSummary summary = new BuildSummary(buildId, versions, rows, results, runner.timings(),
          project.models().size(), changed.isPresent(), hidden, Duration.ofNanos(System.nanoTime() - started));
      LOG.info("published {} ({} indicator cells, {} data tests passed) in {} ms", file.target().getFileName(),
          rows.get("mart_indicator_cell"), results.size(), summary.elapsed().toMillis());
      return summary;
    } catch (SQLException e) {
      throw new WarehouseBuildException("warehouse build " + buildId + " failed: " + e.getMessage(), e);
    } finally {
      file.discard(building); // a no-op once published
      copy.delete();
      progress.done();
    }
  }

  /** The variables the models read with {@code {{ var('...') }}}, each from the rule's one home. */
  private static Map<String, String> vars(IndicatorCatalog catalog) {
    return Map.of(
        "min_cell", Integer.toString(catalog.minCell()),
        "wib_offset_hours", Integer.toString(Period.WIB.getTotalSeconds() / 3600));
  }

  private static void failOnTests(String buildId, List<TestResult> results) {
    List<TestResult> failed = results.stream().filter(r -> !r.passed()).toList();
    if (!failed.isEmpty()) {
      throw new WarehouseBuildException("warehouse build " + buildId + ": " + failed.size() + " of " + results.size()
          + " data tests failed, nothing published:\n  "
          + failed.stream().map(TestResult::toString).collect(Collectors.joining("\n  ")), null);
    }
  }

  /**
   * _build_info and _build_sources: the build's id, time, lake, small-cell threshold and
   * fingerprint, and what each pinned table held (what the next incremental build compares with).
   */
  private static void recordBuild(DuckDBConnection db, String buildId, Instant builtAt, String lake, int minCell,
      String fingerprint, PinnedLake pinned) throws SQLException {
    execute(db, "CREATE TABLE _build_info (key VARCHAR PRIMARY KEY, value VARCHAR)");
    try (PreparedStatement insert = db.prepareStatement("INSERT INTO _build_info VALUES (?, ?)")) {
      for (String[] kv : new String[][] {
          {"build_id", buildId}, {"built_at", builtAt.toString()}, {"lake", lake},
          {"min_cell", Integer.toString(minCell)}, {PreviousBuild.FINGERPRINT, fingerprint}}) {
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
      for (Map.Entry<LakeTable, DeltaSnapshot> e : pinned.snapshots().entrySet()) {
        DeltaSnapshot snapshot = e.getValue();
        long count = count(db, pinned.relation(e.getKey().path()));
        insert.setString(1, e.getKey().path());
        insert.setObject(2, snapshot.exists() ? snapshot.version() : null); // null: no table yet
        insert.setLong(3, snapshot.files().size());
        insert.setLong(4, count);
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
      rows.put(table, count(db, Identifiers.quote(table)));
    }
    return rows;
  }

  /** The rows of a relation: a quoted name or a parenthesised query. */
  private static long count(DuckDBConnection db, String relation) throws SQLException {
    try (Statement statement = db.createStatement();
        ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + relation + " counted")) {
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
