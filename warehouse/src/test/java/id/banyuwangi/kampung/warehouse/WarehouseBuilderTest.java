package id.banyuwangi.kampung.warehouse;

import id.banyuwangi.kampung.warehouse.BuiltMarts.Value;

import static id.banyuwangi.kampung.warehouse.PublicServiceLake.SARONGAN;
import static id.banyuwangi.kampung.warehouse.PublicServiceLake.SUKOREJO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.kampung.domain.progress.Progress;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The five PUBLIC_SERVICE indicators over {@link PublicServiceLake}, worked out by hand. */
class WarehouseBuilderTest {
  private static final double EPS = 1e-9;
  private static final String PESANGGARAN = "351001";
  private static final String BANGOREJO = "351002";
  private static final String REGENCY = "3510";

  @TempDir static Path dir;
  static Path warehouse;
  static BuildSummary summary;
  static BuiltMarts marts;

  @BeforeAll
  static void build() throws SQLException {
    Path lake = PublicServiceLake.write(dir.resolve("lake"));
    warehouse = dir.resolve("out/kampung.duckdb");
    marts = BuiltMarts.build(lake, warehouse);
    summary = marts.summary;
  }

  @AfterAll
  static void close() throws SQLException {
    marts.close();
  }

  @Test
  void serviceRequestsCountsBySubmissionInWib() throws SQLException {
    // Sarongan March: A1..A6 = 6 (A7 has no SUBMITTED, A8 is 1 April 00:30 WIB)
    assertEquals(new Value(6.0, null, 6.0, 6, false), marts.value("SERVICE_REQUESTS", SARONGAN, "2024-03"));
    // A8 alone in April, although it is still 31 March in UTC: a count of 1 is a small cell
    assertEquals(new Value(1.0, null, 1.0, 1, true), marts.value("SERVICE_REQUESTS", SARONGAN, "2024-04"));
    // A1, submitted 31 March 23:30 WIB, belongs to March and Q1
    assertEquals(6.0, marts.value("SERVICE_REQUESTS", SARONGAN, "2024-Q1").value());
    assertEquals(1.0, marts.value("SERVICE_REQUESTS", SARONGAN, "2024-Q2").value());
    // Sukorejo: B1..B7 = 7; regency March 6 + 7 = 13; year 2024: 7 + 7 = 14
    assertEquals(7.0, marts.value("SERVICE_REQUESTS", SUKOREJO, "2024-03").value());
    assertEquals(6.0, marts.value("SERVICE_REQUESTS", PESANGGARAN, "2024-03").value());
    assertEquals(13.0, marts.value("SERVICE_REQUESTS", REGENCY, "2024-03").value());
    assertEquals(14.0, marts.value("SERVICE_REQUESTS", REGENCY, "2024").value());
  }

  @Test
  void selfServiceShareIsRecomputedFromSumsAboveTheVillage() throws SQLException {
    // Sarongan March: KIOSK A1, A2, A6 of 6 -> 100 * 3 / 6 = 50
    assertEquals(new Value(3.0, 6.0, 50.0, 6, false), marts.value("SELF_SERVICE_SHARE", SARONGAN, "2024-03"));
    // Sukorejo March: KIOSK B4 of 7 -> 100 * 1 / 7 = 14.2857...
    assertEquals(100.0 / 7, marts.value("SELF_SERVICE_SHARE", SUKOREJO, "2024-03").value(), EPS);
    assertEquals(100.0 / 7, marts.value("SELF_SERVICE_SHARE", BANGOREJO, "2024-03").value(), EPS);
    // Regency: 100 * (3 + 1) / (6 + 7) = 30.769...; the mean of the kecamatan values would be 32.142...
    Value regency = marts.value("SELF_SERVICE_SHARE", REGENCY, "2024-03");
    assertEquals(new Value(4.0, 13.0, regency.value(), 13, false), regency);
    assertEquals(30.76923076923077, regency.value(), EPS);
    assertNotEquals((50.0 + 100.0 / 7) / 2, regency.value(), 0.1);
  }

  @Test
  void slaComplianceByCompletionTimeCountsTheLimitAsWithin() throws SQLException {
    // Sarongan March completions: A2 10 h (within), A3 48 h (not), A6 4 h (within) -> 100 * 2 / 3, 3 < 5: suppressed
    assertClose(new Value(2.0, 3.0, 200.0 / 3, 3, true), marts.value("SLA_COMPLIANCE", SARONGAN, "2024-03"));
    // A1 completes 1 April after exactly 24 h = sla_hours: within, and in April, not March
    assertEquals(new Value(1.0, 1.0, 100.0, 1, true), marts.value("SLA_COMPLIANCE", SARONGAN, "2024-04"));
    // Sukorejo March: B1 6 h, B2 48 h, B3 2 h, B7 8 h (B7 completed in version 1) -> 100 * 3 / 4 = 75
    assertEquals(new Value(3.0, 4.0, 75.0, 4, true), marts.value("SLA_COMPLIANCE", SUKOREJO, "2024-03"));
    // Regency March: 100 * (2 + 3) / (3 + 4) = 71.43, 7 requests: published
    Value regency = marts.value("SLA_COMPLIANCE", REGENCY, "2024-03");
    assertEquals(500.0 / 7, regency.value(), EPS);
    assertFalse(regency.suppressed());
    // Regency 2024: within A1, A2, A6, B1, B3, B7 of 8 completed -> 75
    assertEquals(new Value(6.0, 8.0, 75.0, 8, false), marts.value("SLA_COMPLIANCE", REGENCY, "2024"));
  }

  @Test
  void medianTurnaroundIsTheTrueMedianOfTheRequests() throws SQLException {
    // Sukorejo March: 2, 6, 8, 48 h -> even count: (6 + 8) / 2 = 7
    assertEquals(new Value(null, 4.0, 7.0, 4, true), marts.value("MEDIAN_TURNAROUND_HOURS", SUKOREJO, "2024-03"));
    // Sarongan March: 4, 10, 48 -> 10
    assertEquals(10.0, marts.value("MEDIAN_TURNAROUND_HOURS", SARONGAN, "2024-03").value(), EPS);
    // Regency March: 2, 4, 6, 8, 10, 48, 48 -> 8 (the mean of the village medians would be 8.5)
    assertEquals(new Value(null, 7.0, 8.0, 7, false), marts.value("MEDIAN_TURNAROUND_HOURS", REGENCY, "2024-03"));
    // Regency 2024 adds A1's 24 h: 2, 4, 6, 8, 10, 24, 48, 48 -> (8 + 10) / 2 = 9
    assertEquals(9.0, marts.value("MEDIAN_TURNAROUND_HOURS", REGENCY, "2024").value(), EPS);
  }

  @Test
  void rejectionRateByTerminalTimeIgnoresUnknownSubmissions() throws SQLException {
    // Sarongan March terminals: A2, A3, A6 completed, A4 rejected (A7 has no SUBMITTED, A1 ends in April) -> 100 * 1 / 4
    assertEquals(new Value(1.0, 4.0, 25.0, 4, true), marts.value("REJECTION_RATE", SARONGAN, "2024-03"));
    // Sukorejo March: B4, B5 rejected of B1..B7 (B6 cancelled still counts as terminal) -> 100 * 2 / 7
    assertEquals(200.0 / 7, marts.value("REJECTION_RATE", SUKOREJO, "2024-03").value(), EPS);
    // Regency March: 100 * 3 / 11 = 27.27
    assertClose(new Value(3.0, 11.0, 300.0 / 11, 11, false), marts.value("REJECTION_RATE", REGENCY, "2024-03"));
  }

  @Test
  void breakdownsByChannelAndServiceAreComputedFromTheRequests() throws SQLException {
    // Regency March submissions: KIOSK A1, A2, A6, B4; COUNTER A3, A4, B1, B2, B3, B5, B6, B7; ONLINE A5
    assertEquals(new Value(4.0, null, 4.0, 4, true), marts.breakdown("SERVICE_REQUESTS", REGENCY, "2024-03", "channel", "KIOSK"));
    assertEquals(new Value(8.0, null, 8.0, 8, false), marts.breakdown("SERVICE_REQUESTS", REGENCY, "2024-03", "channel", "COUNTER"));
    assertEquals(new Value(1.0, null, 1.0, 1, true), marts.breakdown("SERVICE_REQUESTS", REGENCY, "2024-03", "channel", "ONLINE"));
    // every request is SK-DOMISILI: its service cell is the total
    assertEquals(marts.value("SELF_SERVICE_SHARE", REGENCY, "2024-03"),
        marts.breakdown("SELF_SERVICE_SHARE", REGENCY, "2024-03", "service", "SK-DOMISILI"));
    // March completions by channel: KIOSK A2 10 h, A6 4 h (both within 24 h) -> 2 / 2, median 7;
    // COUNTER A3 48, B1 6, B2 48, B3 2, B7 8 -> within 3 / 5 = 60, median 8
    assertEquals(new Value(2.0, 2.0, 100.0, 2, true), marts.breakdown("SLA_COMPLIANCE", REGENCY, "2024-03", "channel", "KIOSK"));
    assertEquals(new Value(3.0, 5.0, 60.0, 5, false), marts.breakdown("SLA_COMPLIANCE", REGENCY, "2024-03", "channel", "COUNTER"));
    assertEquals(new Value(null, 2.0, 7.0, 2, true),
        marts.breakdown("MEDIAN_TURNAROUND_HOURS", REGENCY, "2024-03", "channel", "KIOSK"));
    assertEquals(new Value(null, 5.0, 8.0, 5, false),
        marts.breakdown("MEDIAN_TURNAROUND_HOURS", REGENCY, "2024-03", "channel", "COUNTER"));
    // the self-service share's numerator is a channel: no channel breakdown
    assertEquals(List.of(), marts.strings("SELECT member FROM mart_indicator_cell"
        + " WHERE indicator_code = 'SELF_SERVICE_SHARE' AND breakdown = 'channel'"));
  }

  @Test
  void breakdownMembersAddUpToTheirTotals() throws SQLException {
    assertEquals(List.of(), marts.breakdownsNotAddingUp());
  }

  @Test
  void theTotalTableHoldsNoBreakdownRows() throws SQLException {
    // one row per indicator, area and period in mart_indicator_value (IDM_STATUS is not in this lake)
    assertEquals(List.of("0"), marts.strings("""
        SELECT count(*) FROM (SELECT 1 FROM mart_indicator_value
        GROUP BY indicator_code, area_code, period, period_kind, category HAVING count(*) > 1)"""));
  }

  @Test
  void thePublicViewHidesSmallCells() throws SQLException {
    try (Statement s = marts.connection.createStatement();
        ResultSet rs = s.executeQuery("""
            SELECT numerator, denominator, value, cell_count, suppressed FROM public_indicator_value
            WHERE indicator_code = 'SLA_COMPLIANCE' AND area_code = '%s' AND period = '2024-03'""".formatted(SARONGAN))) {
      assertTrue(rs.next());
      for (int column = 1; column <= 4; column++) {
        assertNull(rs.getObject(column));
      }
      assertTrue(rs.getBoolean(5));
    }
    // every level has every period kind: villages, kecamatan and the regency
    assertEquals(List.of("DISTRICT|MONTH", "DISTRICT|QUARTER", "DISTRICT|YEAR", "REGENCY|MONTH",
            "REGENCY|QUARTER", "REGENCY|YEAR", "VILLAGE|MONTH", "VILLAGE|QUARTER", "VILLAGE|YEAR"),
        marts.strings("SELECT DISTINCT area_level || '|' || period_kind FROM mart_indicator_value ORDER BY 1"));
  }

  @Test
  void factHoldsOnlyRequestsWithAKnownSubmission() throws SQLException {
    // 15 requests in the snapshot, A7 without SUBMITTED
    assertEquals(List.of("14"), marts.strings("SELECT count(*) FROM fact_service_request"));
    assertEquals(List.of("A1|2024-03|2024-Q1|2024-04|24.0|true"), marts.strings("""
        SELECT txn_id || '|' || submitted_month || '|' || submitted_quarter || '|' || completed_month
          || '|' || turnaround_hours || '|' || within_sla FROM fact_service_request WHERE txn_id = 'A1'"""));
  }

  @Test
  void recordsThePinnedSnapshot() throws SQLException {
    // kiosk_events: version 1 with 3 files (March and April of version 0, B7's completion), 29 events
    assertEquals(List.of("silver/kiosk_events|1|3|29"), marts.strings(
        "SELECT table_name || '|' || delta_version || '|' || file_count || '|' || row_count FROM _build_sources"
            + " WHERE delta_version IS NOT NULL ORDER BY 1"));
    assertEquals(1L, summary.sourceVersions().get("silver/kiosk_events"));
    assertEquals(List.of(summary.buildId()), marts.strings("SELECT value FROM _build_info WHERE key = 'build_id'"));
    assertEquals(List.of("2024-03|2024-03-01|2024-03-31", "2024-Q1|2024-01-01|2024-03-31", "2024|2024-01-01|2024-12-31"),
        marts.strings("""
            SELECT period || '|' || start_date || '|' || end_date FROM dim_period
            WHERE period IN ('2024-03', '2024-Q1', '2024') ORDER BY period_kind, period"""));
    assertEquals(14L, summary.rowsPerTable().get("fact_service_request"));
    assertEquals(1 + 25 + 217L, summary.rowsPerTable().get("dim_region"));
    assertEquals(3 * 217L, summary.rowsPerTable().get("bridge_area"));
    // kiosk staging keeps neither the partition column nor person-level columns
    assertEquals(List.of("29"), marts.strings("SELECT count(*) FROM stg_kiosk_events"));
    assertEquals(List.of("0"), marts.strings("""
        SELECT count(*) FROM information_schema.columns
        WHERE column_name IN ('citizen_pseudonym', 'citizen_birth_date', 'event_month') AND table_name NOT LIKE '\\_%' ESCAPE '\\'"""));
  }

  @Test
  void theSameSnapshotYieldsTheSameMarts() throws SQLException {
    Path again = dir.resolve("again/kampung.duckdb");
    WarehouseBuilder.build(dir.resolve("lake").toString(), again, Progress.NONE);
    for (String table : List.of("mart_indicator_value", "fact_service_request", "dim_period")) {
      String all = "SELECT * FROM " + table;
      assertEquals(rows(warehouse, all), rows(again, all), table);
    }
  }

  /** Like assertEquals, with a tolerance on the value: 100 * 2 / 3 need not round like 200.0 / 3. */
  private static void assertClose(Value expected, Value actual) {
    assertEquals(expected.value(), actual.value(), EPS);
    assertEquals(expected, new Value(actual.numerator(), actual.denominator(), expected.value(),
        actual.cellCount(), actual.suppressed()));
  }


  static List<List<Object>> rows(Path file, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file, BuiltMarts.readOnly());
        Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      List<List<Object>> rows = new ArrayList<>();
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          row.add(rs.getObject(i));
        }
        rows.add(row);
      }
      return rows;
    }
  }

}
