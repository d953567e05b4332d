package id.banyuwangi.kampung.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** mart_indicator_cell keeps the catalog's word: only declared disaggregations get through. */
class BreakdownCatalogGuardTest {
  private static final ModelRunner.Model MODEL = ModelRunner.models().stream()
      .filter(m -> m.name().equals("mart_indicator_cell")).findFirst().orElseThrow();
  private static final List<String> FAMILIES = List.of("mart_public_service", "mart_poverty", "mart_economy",
      "mart_development", "mart_health", "mart_education");

  @Test
  void aDeclaredBreakdownIsKeptWithItsValue() throws SQLException {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
      givenEducationCell(db, "sex");
      runModel(db);
      try (Statement s = db.createStatement();
          ResultSet rs = s.executeQuery("SELECT breakdown, member, value, suppressed FROM mart_indicator_cell")) {
        assertTrue(rs.next());
        assertEquals("sex|L|10.0|false", rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getDouble(3) + "|"
            + rs.getBoolean(4));
      }
    }
  }

  @Test
  void anUndeclaredBreakdownFailsTheModel() throws SQLException {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
      givenEducationCell(db, "channel");
      SQLException e = assertThrows(SQLException.class, () -> runModel(db));
      assertTrue(e.getMessage().contains("indicator APM_SD is broken down by channel, which the catalog does not declare"),
          e.getMessage());
    }
  }

  /** One APM_SD cell (1 of 10) in mart_education, every other family empty. */
  private static void givenEducationCell(Connection db, String breakdown) throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute("""
          CREATE TABLE dim_indicator AS SELECT 'APM_SD' AS code, 'RATIO' AS rollup, 100.0 AS scale,
            'persons' AS small_cell_unit, 'area|period|sex' AS disaggregations""");
      for (String family : FAMILIES) {
        s.execute("""
            CREATE TABLE %s AS SELECT 'APM_SD' AS indicator_code, '3510' AS area_code, 'REGENCY' AS area_level,
              '2024/2025' AS period, 'SCHOOL_YEAR' AS period_kind, 1.0 AS numerator, 10.0 AS denominator,
              NULL::DOUBLE AS value, 10::BIGINT AS cell_count, '%s' AS breakdown, 'L' AS member
            WHERE %s""".formatted(family, breakdown, family.equals("mart_education")));
      }
    }
  }

  private static void runModel(Connection db) throws SQLException {
    new ModelRunner(path -> {
      throw new AssertionError("the model reads no lake table, yet asked for " + path);
    }).run(db, MODEL);
  }
}
