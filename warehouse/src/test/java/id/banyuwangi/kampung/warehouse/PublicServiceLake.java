package id.banyuwangi.kampung.warehouse;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A hand-made lake: 15 service requests in two villages of two kecamatan, chosen so that each
 * indicator's expected value can be worked out by hand (see {@link WarehouseBuilderTest}).
 * All services are SK-DOMISILI, whose sla_hours is 24. Times are WIB (+07:00).
 */
final class PublicServiceLake {
  static final String SARONGAN = "3510012001";   // kecamatan 351001 Pesanggaran
  static final String SUKOREJO = "3510022001";   // kecamatan 351002 Bangorejo

  /** One request row of silver/service_requests. */
  record Request(String txn, String village, String channel, String submitted, String state,
      String completed, String terminal) {}

  // txn, village, channel, submitted, state, completed, terminal
  static final List<Request> VERSION_0 = List.of(
      // submitted in the last half hour of March WIB (16:30 UTC): March and Q1; completes in April after exactly 24 h
      new Request("A1", SARONGAN, "KIOSK", "2024-03-31T23:30:00+07:00", "COMPLETED", "2024-04-01T23:30:00+07:00", "2024-04-01T23:30:00+07:00"),
      new Request("A2", SARONGAN, "KIOSK", "2024-03-05T08:00:00+07:00", "COMPLETED", "2024-03-05T18:00:00+07:00", "2024-03-05T18:00:00+07:00"), // 10 h
      new Request("A3", SARONGAN, "COUNTER", "2024-03-06T08:00:00+07:00", "COMPLETED", "2024-03-08T08:00:00+07:00", "2024-03-08T08:00:00+07:00"), // 48 h
      new Request("A4", SARONGAN, "COUNTER", "2024-03-07T09:00:00+07:00", "REJECTED", null, "2024-03-07T12:00:00+07:00"),
      new Request("A5", SARONGAN, "ONLINE", "2024-03-10T10:00:00+07:00", "IN_PROCESS", null, null),
      new Request("A6", SARONGAN, "KIOSK", "2024-03-12T10:00:00+07:00", "COMPLETED", "2024-03-12T14:00:00+07:00", "2024-03-12T14:00:00+07:00"), // 4 h
      // SUBMITTED not known yet: counts nowhere, not even as a terminal request
      new Request("A7", SARONGAN, null, null, "COMPLETED", "2024-03-15T10:00:00+07:00", "2024-03-15T10:00:00+07:00"),
      // still March in UTC (17:30 on the 31st) but April in WIB
      new Request("A8", SARONGAN, "KIOSK", "2024-04-01T00:30:00+07:00", "SUBMITTED", null, null),
      new Request("B1", SUKOREJO, "COUNTER", "2024-03-01T09:00:00+07:00", "COMPLETED", "2024-03-01T15:00:00+07:00", "2024-03-01T15:00:00+07:00"), // 6 h
      new Request("B2", SUKOREJO, "COUNTER", "2024-03-02T09:00:00+07:00", "COMPLETED", "2024-03-04T09:00:00+07:00", "2024-03-04T09:00:00+07:00"), // 48 h
      new Request("B3", SUKOREJO, "COUNTER", "2024-03-03T09:00:00+07:00", "COMPLETED", "2024-03-03T11:00:00+07:00", "2024-03-03T11:00:00+07:00"), // 2 h
      new Request("B4", SUKOREJO, "KIOSK", "2024-03-04T09:00:00+07:00", "REJECTED", null, "2024-03-04T10:00:00+07:00"),
      new Request("B5", SUKOREJO, "COUNTER", "2024-03-05T09:00:00+07:00", "REJECTED", null, "2024-03-05T10:00:00+07:00"),
      new Request("B6", SUKOREJO, "COUNTER", "2024-03-06T09:00:00+07:00", "CANCELLED", null, "2024-03-06T10:00:00+07:00"));

  /** B7 as version 0 knew it (in process) and as version 1 knows it (completed after 8 h). */
  static final Request B7_IN_PROCESS =
      new Request("B7", SUKOREJO, "COUNTER", "2024-03-07T09:00:00+07:00", "IN_PROCESS", null, null);
  static final Request B7_COMPLETED =
      new Request("B7", SUKOREJO, "COUNTER", "2024-03-07T09:00:00+07:00", "COMPLETED", "2024-03-07T17:00:00+07:00", "2024-03-07T17:00:00+07:00");

  private PublicServiceLake() {}

  /**
   * Writes the lake: service_requests version 0 (two files, B7 in process), version 1 (the B7
   * file replaced: B7 completed), and kiosk_events version 0 with one partition file.
   */
  static Path write(Path lake) {
    DeltaTestTables requests = DeltaTestTables.serviceRequests(lake);
    String main = requests.writeFile("part-00000-main.parquet", rows(VERSION_0));
    String b7Old = requests.writeFile("part-00001-b7.parquet", rows(List.of(B7_IN_PROCESS)));
    requests.commit(List.of(main, b7Old), List.of());
    // this file has naive timestamps holding UTC, as Spark's INT96 timestamps read in DuckDB
    String b7New = requests.writeFile("part-00002-b7.parquet", naiveTimestamps(rows(List.of(B7_COMPLETED))));
    requests.commit(List.of(b7New), List.of(b7Old));

    DeltaTestTables events = DeltaTestTables.kioskEvents(lake);
    String march = events.writeFile("event_month=2024-03/part-00000.parquet", """
        SELECT 'E1' AS event_id, 'A2' AS txn_id, 'kiosk.v2' AS schema_version,
          'KSK-3510012001-01' AS kiosk_id, '3510012001' AS village_code, 'SUBMITTED' AS event_type,
          TIMESTAMPTZ '2024-03-05 08:00:00+07' AS event_at, 'SK-DOMISILI' AS service_code,
          'KIOSK' AS channel, 'pseudonym' AS citizen_pseudonym, 'P' AS citizen_sex,
          DATE '1990-01-01' AS citizen_birth_date, 0::BIGINT AS fee_idr, NULL::INTEGER AS rating,
          NULL AS reason, '2.1.0' AS app_version, 3600::BIGINT AS uptime_s,
          'KSK-3510012001-01_20240305.jsonl' AS source_file, 1::BIGINT AS line_no,
          'run-1' AS ingest_run_id, '2024-03' AS event_month
        """);
    events.commit(List.of(march), List.of());
    return lake;
  }

  /** A DuckDB query yielding the requests with the silver column types. */
  static String rows(List<Request> requests) {
    return requests.stream().map(r -> "SELECT " + String.join(", ",
            text(r.txn()) + " AS txn_id",
            text(r.village()) + " AS village_code",
            text("KSK-" + r.village() + "-01") + " AS kiosk_id",
            text("SK-DOMISILI") + " AS service_code",
            text(r.channel()) + " AS channel",
            "'P' AS citizen_sex",
            instant(r.submitted()) + " AS submitted_at",
            text(r.state()) + " AS state",
            instant(r.terminal() != null ? r.terminal() : r.submitted()) + " AS state_at",
            instant(r.completed()) + " AS completed_at",
            instant(r.terminal()) + " AS terminal_at",
            "NULL::INTEGER AS rating",
            "0::BIGINT AS fee_idr",
            "2 AS event_count",
            "'run-1' AS updated_run_id"))
        .collect(Collectors.joining("\nUNION ALL "));
  }

  private static String naiveTimestamps(String rows) {
    return "SELECT * REPLACE (submitted_at::TIMESTAMP AS submitted_at, state_at::TIMESTAMP AS state_at,"
        + " completed_at::TIMESTAMP AS completed_at, terminal_at::TIMESTAMP AS terminal_at) FROM (" + rows + ")";
  }

  private static String text(String value) {
    return value == null ? "NULL::VARCHAR" : "'" + value + "'";
  }

  private static String instant(String value) {
    return value == null ? "NULL::TIMESTAMPTZ" : "'" + value + "'::TIMESTAMPTZ";
  }
}
