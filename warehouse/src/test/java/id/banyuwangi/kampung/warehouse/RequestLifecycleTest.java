package id.banyuwangi.kampung.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.banyuwangi.kampung.warehouse.KioskEventRows.Request;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lifecycle rule, written once in int_request_lifecycle: a request's state is the event type of
 * its latest event by event_at (ties SUBMITTED < IN_PROCESS < terminal), its attributes the first
 * SUBMITTED event's, and a request counts only once its SUBMITTED event is known, in whichever
 * Delta version it arrives.
 */
class RequestLifecycleTest {
  private static final String VILLAGE = PublicServiceLake.SARONGAN;

  @TempDir Path dir;

  @Test
  void aTerminalEventWaitsForItsSubmittedEventAcrossVersions() throws SQLException {
    DeltaTestTables events = DeltaTestTables.kioskEvents(dir.resolve("lake"));
    // version 0: T1's completion arrives first, without its SUBMITTED
    KioskEventRows.write(events, List.of(
        new Request("T1", VILLAGE, null, null, null, "COMPLETED", "2024-03-11T10:00:00+07:00")));
    try (BuiltMarts marts = BuiltMarts.build(dir.resolve("lake"), dir.resolve("v0.duckdb"))) {
      assertEquals(List.of("0"), marts.strings("SELECT count(*) FROM fact_service_request"));
    }
    // version 1: the SUBMITTED event arrives (a SUBMITTED event only; its completion is in version 0)
    KioskEventRows.write(events, List.of(new Request("T1", VILLAGE, "SK-DOMISILI", "KIOSK",
        "2024-03-09T15:00:00+07:00", "SUBMITTED", null)));
    try (BuiltMarts marts = BuiltMarts.build(dir.resolve("lake"), dir.resolve("v1.duckdb"))) {
      assertEquals(List.of("T1|COMPLETED|KIOSK|SK-DOMISILI|43.0|false|2024-03"), marts.strings("""
          SELECT txn_id || '|' || state || '|' || channel || '|' || service_code || '|' || turnaround_hours
            || '|' || within_sla || '|' || completed_month FROM fact_service_request"""));
    }
  }

  @Test
  void tiesAtOneInstantOrderSubmittedBeforeInProcessBeforeTerminal() throws SQLException {
    String at = "2024-03-05T08:00:00+07:00";
    Path lake = dir.resolve("ties");
    DeltaTestTables events = DeltaTestTables.kioskEvents(lake);
    // T2: submitted and completed at the same instant; T3: in process and rejected at the same instant
    KioskEventRows.write(events, List.of(
        new Request("T2", VILLAGE, "SK-DOMISILI", "COUNTER", at, "COMPLETED", at),
        new Request("T3", VILLAGE, "SK-DOMISILI", "COUNTER", "2024-03-05T07:00:00+07:00", "REJECTED", at)));
    events.commit(List.of(events.writeFile("event_month=2024-03/part-extra.parquet",
        KioskEventRows.row(new Request("T3", VILLAGE, null, null, "2024-03-05T07:00:00+07:00", "IN_PROCESS", null),
            new String[] {"T3-2", "IN_PROCESS", at}))), List.of());
    try (BuiltMarts marts = BuiltMarts.build(lake, dir.resolve("ties.duckdb"))) {
      assertEquals(List.of("T2|COMPLETED|0.0", "T3|REJECTED|null"), marts.strings("""
          SELECT txn_id || '|' || state || '|' || coalesce(cast(turnaround_hours AS VARCHAR), 'null')
          FROM fact_service_request ORDER BY txn_id"""));
    }
  }
}
