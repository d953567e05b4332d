package id.banyuwangi.kampung.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.kampung.domain.lake.LakeContract;
import id.banyuwangi.kampung.domain.lake.LakeTable;
import id.banyuwangi.kampung.domain.progress.Progress;
import id.banyuwangi.kampung.warehouse.internal.lake.DeltaSnapshot;
import id.banyuwangi.kampung.warehouse.internal.project.Materialization;
import id.banyuwangi.kampung.warehouse.internal.project.Model;
import id.banyuwangi.kampung.warehouse.internal.project.Project;
import id.banyuwangi.kampung.warehouse.internal.seed.JavaModels;
import java.util.Set;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atomic publish, leftovers, refusal and an empty lake. */
class PublishTest {
  @TempDir Path dir;

  @Test
  void aReaderOfTheOldFileKeepsWorkingAndNoBuildingFileRemains() throws Exception {
    Path full = PublicServiceLake.write(dir.resolve("full"));
    Path empty = emptyLake(dir.resolve("empty"));
    Path target = dir.resolve("wh/kampung.duckdb");
    BuildSummary first = WarehouseBuilder.build(full.toString(), target, Progress.NONE);
    // what a crashed build leaves behind
    Files.writeString(dir.resolve("wh/kampung.duckdb.building-crashed"), "half a database");
    Files.writeString(dir.resolve("wh/kampung.duckdb.building-crashed.wal"), "its log");

    try (Connection reader = DriverManager.getConnection("jdbc:duckdb:" + target, BuiltMarts.readOnly())) {
      long before = count(reader, "mart_indicator_value");
      assertTrue(before > 0);

      // an empty lake has no cells: only --allow-shrink publishes it over the full warehouse
      BuildSummary second = WarehouseBuilder.build(BuildOptions.of(empty.toString(), target).withAllowShrink(),
          Progress.NONE);

      // the open reader still reads the file it opened, whole
      assertEquals(before, count(reader, "mart_indicator_value"));
      assertEquals(first.buildId(), buildId(reader));
      // A new reader sees the new build. In this JVM the DuckDB driver hands a new connection to a
      // path that is still open the cached instance (the old file), so it attaches the file to a
      // fresh in-memory instance instead; another process would simply connect.
      try (Connection fresh = DriverManager.getConnection("jdbc:duckdb:");
          Statement s = fresh.createStatement()) {
        s.execute("ATTACH '" + target + "' AS wh (READ_ONLY)");
        s.execute("USE wh");
        assertEquals(second.buildId(), buildId(fresh));
        assertEquals(0, count(fresh, "mart_indicator_value"));
      }
    }
    // once the last connection to the old file is closed, a plain connection opens the new file
    try (Connection plain = DriverManager.getConnection("jdbc:duckdb:" + target, BuiltMarts.readOnly())) {
      assertEquals(0, count(plain, "mart_indicator_value"));
    }
    assertEquals(List.of("kampung.duckdb", "kampung.duckdb.builds"), files(dir.resolve("wh")));
    // both published builds are kept beside it, for answers as of an earlier build
    List<String> kept = files(dir.resolve("wh/kampung.duckdb.builds"));
    assertEquals(2, kept.size(), kept.toString());
    assertTrue(kept.contains(first.buildId() + ".duckdb"), kept.toString());
  }

  @Test
  void aLakeOfEmptyTablesYieldsEmptyMartsAndFullDimensions() throws Exception {
    Path target = dir.resolve("kampung.duckdb");

    BuildSummary summary = WarehouseBuilder.build(emptyLake(dir.resolve("lake")).toString(), target, Progress.NONE);

    assertEquals(0L, summary.sourceVersions().get("silver/kiosk_events"));
    assertEquals(DeltaSnapshot.NO_TABLE, summary.sourceVersions().get("silver/indeks_desa"));
    for (String table : List.of("stg_kiosk_events", "fact_service_request", "fct_measure",
        "mart_indicator_value", "public_indicator_value", "dim_period")) {
      assertEquals(0L, summary.rowsPerTable().get(table), table);
    }
    assertEquals(36L, summary.rowsPerTable().get("dim_service"));
    assertTrue(summary.rowsPerTable().get("dim_indicator") >= 31);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + target, BuiltMarts.readOnly());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("""
            SELECT table_name, delta_version, file_count, row_count FROM _build_sources ORDER BY 1""")) {
      // every lake table is recorded, each absent one without a version
      for (String table : LakeContract.warehouseSources().stream().map(LakeTable::path).sorted().toList()) {
        assertTrue(rs.next());
        assertEquals(table, rs.getString(1));
        assertEquals(table.equals("silver/kiosk_events") ? 0L : null, rs.getObject(2)); // no table, no version
        assertEquals(0, rs.getLong(3));
        assertEquals(0, rs.getLong(4));
      }
      // the empty staging tables still have the contract's types
      assertEquals("TIMESTAMP WITH TIME ZONE", scalar(c,
          "SELECT data_type FROM information_schema.columns WHERE table_name = 'stg_kiosk_events' AND column_name = 'event_at'"));
      assertEquals("DATE", scalar(c,
          "SELECT data_type FROM information_schema.columns WHERE table_name = 'stg_enterprises' AND column_name = 'closed_on'"));
    }
    System.out.println(summary);
  }

  @Test
  void deletionVectorsAreRefusedAndThePublishedFileStays() throws Exception {
    Path lake = dir.resolve("lake");
    Path target = dir.resolve("wh/kampung.duckdb");
    DeltaTestTables table = DeltaTestTables.kioskEvents(lake);
    String file = table.writeFile("event_month=2024-03/part-0.parquet", PublicServiceLake.version0Events());
    table.commit(List.of(file), List.of());
    BuildSummary good = WarehouseBuilder.build(lake.toString(), target, Progress.NONE);
    table.commitDeletionVector(file);

    RefusedSnapshotException e = assertThrows(RefusedSnapshotException.class,
        () -> WarehouseBuilder.build(lake.toString(), target, Progress.NONE));

    assertTrue(e.getMessage().contains("silver/kiosk_events version 1"), e.getMessage());
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + target, BuiltMarts.readOnly())) {
      assertEquals(good.buildId(), buildId(c));
    }
    assertEquals(List.of("kampung.duckdb", "kampung.duckdb.builds"), files(dir.resolve("wh")));
    assertEquals(List.of(good.buildId() + ".duckdb"), files(dir.resolve("wh/kampung.duckdb.builds")),
        "only the good build is kept");
  }

  @Test
  void everyModelDeclaresItsPurposeAndTheOrderFollowsTheRefs() {
    Project project = Project.load(JavaModels.all());
    List<Model> models = project.models();
    List<String> names = models.stream().map(Model::name).toList();
    for (Model m : models) {
      assertFalse(m.purpose().isBlank(), m.name());
      for (String ref : m.refs()) {
        assertTrue(names.indexOf(ref) < names.indexOf(m.name()), m.name() + " runs after " + ref);
      }
    }
    assertTrue(models.stream().filter(m -> m.folder().equals("public"))
        .allMatch(m -> m.materialization() == Materialization.VIEW));
    assertEquals(Set.of("stg_kiosk_events", "dim_service"), project.model("int_request_lifecycle").orElseThrow().refs());
    assertEquals(Set.of("silver/kiosk_events"), project.upstreamSources("int_public_service_measures", Set.of("dim_period")));
  }

  /** A lake whose only table, silver/kiosk_events, has no rows yet. */
  static Path emptyLake(Path lake) {
    DeltaTestTables.kioskEvents(lake).commit(List.of(), List.of());
    return lake;
  }

  private static long count(Connection c, String table) throws SQLException {
    return Long.parseLong(scalar(c, "SELECT count(*) FROM " + table));
  }

  private static String buildId(Connection c) throws SQLException {
    return scalar(c, "SELECT value FROM _build_info WHERE key = 'build_id'");
  }

  private static String scalar(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      assertTrue(rs.next());
      return rs.getString(1);
    }
  }

  private static List<String> files(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
