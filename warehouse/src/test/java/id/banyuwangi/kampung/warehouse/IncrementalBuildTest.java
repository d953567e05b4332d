package id.banyuwangi.kampung.warehouse;

import static id.banyuwangi.kampung.warehouse.PublicServiceLake.DOMISILI;
import static id.banyuwangi.kampung.warehouse.PublicServiceLake.SARONGAN;
import static id.banyuwangi.kampung.warehouse.PublicServiceLake.SUKOREJO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.kampung.domain.progress.Progress;
import id.banyuwangi.kampung.warehouse.KioskEventRows.Request;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incremental build after new kiosk events equals a full build of the same lake, table by table
 * and row by row, while it re-runs only the models the kiosk events reach: once for a day inside
 * the months already built, once for a day that opens a new month (the period spine changes).
 */
@Tag("e2e") // five builds: a few minutes on a loaded machine
class IncrementalBuildTest {
  @TempDir Path dir;

  @Test
  void newKioskDaysRefreshOnlyWhatTheyReachAndMatchAFullBuild() throws Exception {
    Path lake = AllSourcesLake.write(dir.resolve("lake"), dir.resolve("parts"));
    Path live = dir.resolve("live.duckdb");
    BuildSummary first = build(lake, live, true);
    assertFalse(first.incremental(), "no published warehouse yet: a full build");

    KioskEventRows.write(lake, List.of(
        new Request("C1", SARONGAN, DOMISILI, "KIOSK", "2024-03-20T08:00:00+07:00", "COMPLETED", "2024-03-20T12:00:00+07:00"),
        new Request("C2", SUKOREJO, DOMISILI, "COUNTER", "2024-03-21T08:00:00+07:00", "IN_PROCESS", null)));
    BuildSummary sameMonths = build(lake, live, true);
    assertTrue(sameMonths.incremental());
    assertTrue(sameMonths.modelMillis().containsKey("stg_kiosk_events"));
    assertTrue(sameMonths.modelMillis().containsKey("mart_indicator_cell"));
    assertFalse(sameMonths.modelMillis().containsKey("stg_population"), "population did not change");
    assertFalse(sameMonths.modelMillis().containsKey("int_household_measures"), "households did not change");
    assertFalse(sameMonths.modelMillis().containsKey("dim_period"), "the spine came out the same: its dependents keep theirs");
    assertTrue(sameMonths.modelMillis().size() < first.modelMillis().size() / 2, sameMonths.modelMillis().keySet().toString());
    assertSameTables(build(lake, dir.resolve("full-1.duckdb"), false), dir.resolve("full-1.duckdb"), live);

    KioskEventRows.write(lake, List.of(
        new Request("D1", SARONGAN, DOMISILI, "ONLINE", "2018-02-03T08:00:00+07:00", "COMPLETED", "2018-02-04T08:00:00+07:00")));
    BuildSummary newMonth = build(lake, live, true);
    assertTrue(newMonth.incremental());
    assertSameTables(build(lake, dir.resolve("full-2.duckdb"), false), dir.resolve("full-2.duckdb"), live);
    assertEquals(1, count(live, "SELECT count(*) FROM dim_period WHERE period = '2018-02'"), "the spine grew");
    assertTrue(newMonth.modelMillis().containsKey("dim_period"), "a new year's periods re-run the spine");
  }

  private static BuildSummary build(Path lake, Path warehouse, boolean incremental) {
    return WarehouseBuilder.build(BuildOptions.of(lake.toString(), warehouse).withIncremental(incremental), Progress.NONE);
  }

  /** Every table and view of the full build holds the same rows in the incremental one (the build's own record aside). */
  private static void assertSameTables(BuildSummary full, Path fullFile, Path incremental) throws SQLException {
    assertFalse(full.incremental());
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("ATTACH '" + fullFile + "' AS f (READ_ONLY)");
      s.execute("ATTACH '" + incremental + "' AS i (READ_ONLY)");
      List<String> tables = tablesOf(s, "f");
      assertEquals(tables, tablesOf(s, "i"), "the same tables and views");
      assertTrue(tables.size() > 30, tables.toString());
      for (String t : tables) {
        String a = rounded(s, "f", t);
        String b = rounded(s, "i", t);
        String differing = "((" + a + " EXCEPT ALL " + b + ") UNION ALL (" + b + " EXCEPT ALL " + a + "))";
        assertEquals(0, scalar(s, "SELECT count(*) FROM " + differing + " d"),
            t + ": rows differ between the full and the incremental build: " + rows(s, "SELECT * FROM " + differing + " d LIMIT 6"));
        assertEquals(scalar(s, "SELECT count(*) FROM f.main.\"" + t + "\""), scalar(s, "SELECT count(*) FROM i.main.\"" + t + "\""), t);
      }
    }
  }

  /**
   * The table's rows with floating-point columns rounded to 9 decimals: DuckDB sums doubles in
   * parallel, so two builds of one snapshot may differ in the last bits of a sum.
   */
  private static String rounded(Statement s, String catalog, String table) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (ResultSet rs = s.executeQuery("SELECT column_name, data_type FROM information_schema.columns WHERE table_catalog = '"
        + catalog + "' AND table_schema = 'main' AND table_name = '" + table + "' ORDER BY ordinal_position")) {
      while (rs.next()) {
        String quoted = "\"" + rs.getString(1) + "\"";
        columns.add(List.of("DOUBLE", "FLOAT").contains(rs.getString(2)) ? "round(" + quoted + ", 9)" : quoted);
      }
    }
    return "SELECT " + String.join(", ", columns) + " FROM " + catalog + ".main.\"" + table + "\"";
  }

  private static String rows(Statement s, String sql) throws SQLException {
    StringBuilder out = new StringBuilder();
    try (ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.append("\n  ");
        for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
          out.append(rs.getString(c)).append(c < rs.getMetaData().getColumnCount() ? " | " : "");
        }
      }
    }
    return out.toString();
  }

  private static List<String> tablesOf(Statement s, String catalog) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_catalog = '" + catalog
        + "' AND table_schema = 'main' AND table_name <> '_build_info' ORDER BY 1")) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    return tables;
  }

  private static long count(Path warehouse, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("ATTACH '" + warehouse + "' AS wh (READ_ONLY)");
      s.execute("USE wh");
      return scalar(s, sql);
    }
  }

  private static long scalar(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
