package id.banyuwangi.kampung.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.kampung.warehouse.internal.seed.ChildGrowthFacts;
import id.banyuwangi.kampung.domain.progress.Progress;
import id.banyuwangi.kampung.domain.region.Area;
import id.banyuwangi.kampung.domain.region.RegionHierarchy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Tag;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java model on its own, on an in-memory DuckDB holding only stg_child_measurements. */
class ChildGrowthFactsTest {
  private static final int ROWS = 200_000;

  /** ~200k measurements over several pages: every row scored once, in measurement_id order; prints rows/s. */
  @Test
  @Tag("e2e")
  void scoresTwoHundredThousandMeasurements() throws SQLException {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
      db.setAutoCommit(false); // as in the build: one transaction
      execute(db, """
          CREATE TABLE stg_child_measurements AS
          SELECT printf('M%%07d', i) AS measurement_id, 'K' || (i %% 50000) AS child_key,
            '3510012001' AS village_code, CASE WHEN i %% 2 = 0 THEN 'L' ELSE 'P' END AS sex,
            DATE '2024-01-01' + CAST(i %% 366 AS INTEGER) AS measured_on, CAST(i %% 1827 AS INTEGER) AS age_days,
            2.5 + (i %% 1827) * 0.008 + (i %% 7) * 0.3 AS weight_kg,
            CASE WHEN i %% 97 = 0 THEN NULL ELSE 48 + (i %% 1827) * 0.035 + (i %% 5) END AS height_cm,
            CASE WHEN i %% 1827 < 731 THEN 'L' ELSE 'H' END AS position
          FROM range(%d) t(i)""".formatted(ROWS));
      long started = System.nanoTime();
      new ChildGrowthFacts().create(db, BuildContexts.standard());
      double seconds = (System.nanoTime() - started) / 1e9;
      System.out.printf("fact_child_growth: %d rows in %.2f s = %.0f rows/s%n", ROWS, seconds, ROWS / seconds);
      assertEquals(ROWS + "|" + ROWS + "|true", string(db, """
          SELECT count(*) || '|' || count(DISTINCT measurement_id) || '|'
            || (list(measurement_id ORDER BY rowid) = list(measurement_id ORDER BY measurement_id))
          FROM fact_child_growth"""));
      // rows without a height have no HAZ and no WHZ, and their flags are NULL too
      assertEquals("0", string(db, "SELECT count(*) FROM fact_child_growth WHERE height_cm IS NULL"
          + " AND (haz IS NOT NULL OR whz IS NOT NULL OR haz_flag IS NOT NULL OR adjusted_length_cm IS NOT NULL)"));
      assertTrue(Long.parseLong(string(db, "SELECT count(*) FROM fact_child_growth WHERE haz IS NOT NULL")) > ROWS / 2);
    }
  }

  /** The same volume through a whole build: the lake, fact_child_growth and mart_health over every village. */
  @Test
  @Tag("e2e")
  void buildsAYearOfMeasurements(@TempDir Path dir) {
    String villages = RegionHierarchy.banyuwangi().villages().stream()
        .map(Area::code).map(c -> "'" + c + "'").collect(Collectors.joining(", ", "[", "]"));
    DeltaTestTables measurements = DeltaTestTables.childMeasurements(dir.resolve("lake"));
    measurements.commit(List.of(measurements.writeFile("part-0.parquet", """
        SELECT printf('M%%07d', i) AS measurement_id, 'K' || (i %% 60000) AS child_key,
          %s[1 + (i %% 60000) %% 217] AS village_code, CASE WHEN i %% 2 = 0 THEN 'L' ELSE 'P' END AS sex,
          d - CAST(i %% 1827 AS INTEGER) AS birth_date, d AS measured_on, CAST(i %% 1827 AS INTEGER) AS age_days,
          2.5 + (i %% 1827) * 0.008 + (i %% 7) * 0.3 AS weight_kg, 48 + (i %% 1827) * 0.035 + (i %% 5) AS height_cm,
          CASE WHEN i %% 1827 < 731 THEN 'L' ELSE 'H' END AS position,
          'f.csv' AS source_file, i AS line_no, 'run' AS ingest_run_id
        FROM (SELECT i, DATE '2024-01-01' + CAST(i %% 366 AS INTEGER) AS d FROM range(%d) t(i))
        """.formatted(villages, ROWS))), List.of());
    DeltaTestTables population = DeltaTestTables.population(dir.resolve("lake"));
    population.commit(List.of(population.writeFile("part-0.parquet", """
        SELECT v AS village_code, a AS as_of, s AS sex, age::INTEGER AS age, 150::BIGINT AS count,
          'p.csv' AS source_file, 1::BIGINT AS line_no, 'run' AS ingest_run_id
        FROM unnest(%s) t(v), unnest([DATE '2023-12-31', DATE '2024-06-30']) d(a), unnest(['L', 'P']) x(s), range(101) r(age)
        """.formatted(villages))), List.of());

    long started = System.nanoTime();
    BuildSummary summary = WarehouseBuilder.build(dir.resolve("lake").toString(), dir.resolve("wh.duckdb"), Progress.NONE);
    System.out.printf("%d measurements: build %d ms%n", ROWS, (System.nanoTime() - started) / 1_000_000);
    assertEquals((long) ROWS, summary.rowsPerTable().get("fact_child_growth"));
    // 4 indicator totals and 3 prevalences x 2 sexes, x (217 + 25 + 1) areas x 17 periods: every village
    // has children of both sexes and population in each
    assertEquals((4L + 3 * 2) * 243 * 17, summary.rowsPerTable().get("mart_health"));
  }

  @Test
  void refusesARepeatedMeasurementId() throws SQLException {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
      execute(db, """
          CREATE TABLE stg_child_measurements AS
          SELECT 'M1' AS measurement_id, 'K' AS child_key, '3510012001' AS village_code, 'L' AS sex,
            DATE '2024-01-01' AS measured_on, 100 AS age_days, 6.0 AS weight_kg, 60.0 AS height_cm, 'L' AS position
          FROM range(2)""");
      SQLException e = assertThrows(SQLException.class, () -> new ChildGrowthFacts().create(db, BuildContexts.standard()));
      assertTrue(e.getMessage().contains("must be unique"), e.getMessage());
    }
  }

  @Test
  void refusesAnUnknownSexCode() throws SQLException {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
      execute(db, """
          CREATE TABLE stg_child_measurements AS
          SELECT 'M1' AS measurement_id, 'K' AS child_key, '3510012001' AS village_code, 'X' AS sex,
            DATE '2024-01-01' AS measured_on, 100 AS age_days, 6.0 AS weight_kg, 60.0 AS height_cm, 'L' AS position""");
      SQLException e = assertThrows(SQLException.class, () -> new ChildGrowthFacts().create(db, BuildContexts.standard()));
      assertTrue(e.getMessage().contains("sex must be L or P"), e.getMessage());
    }
  }

  private static String string(Connection db, String sql) throws SQLException {
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static void execute(Connection db, String sql) throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute(sql);
    }
  }
}
