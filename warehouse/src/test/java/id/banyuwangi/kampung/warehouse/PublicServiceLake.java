package id.banyuwangi.kampung.warehouse;

import id.banyuwangi.kampung.warehouse.KioskEventRows.Request;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-made lake: 15 service requests in two villages of two kecamatan, chosen so that each
 * indicator's expected value can be worked out by hand (see {@link WarehouseBuilderTest}).
 * All services are SK-DOMISILI, whose sla_hours is 24. Times are WIB (+07:00).
 */
final class PublicServiceLake {
  static final String SARONGAN = "3510012001";   // kecamatan 351001 Pesanggaran
  static final String SUKOREJO = "3510022001";   // kecamatan 351002 Bangorejo

  static final String DOMISILI = "SK-DOMISILI";

  // txn, village, service, channel, submitted, state, terminal (the COMPLETED, REJECTED or CANCELLED time)
  static final List<Request> VERSION_0 = List.of(
      // submitted in the last half hour of March WIB (16:30 UTC): March and Q1; completes in April after exactly 24 h
      new Request("A1", SARONGAN, DOMISILI, "KIOSK", "2024-03-31T23:30:00+07:00", "COMPLETED", "2024-04-01T23:30:00+07:00"),
      new Request("A2", SARONGAN, DOMISILI, "KIOSK", "2024-03-05T08:00:00+07:00", "COMPLETED", "2024-03-05T18:00:00+07:00"), // 10 h
      new Request("A3", SARONGAN, DOMISILI, "COUNTER", "2024-03-06T08:00:00+07:00", "COMPLETED", "2024-03-08T08:00:00+07:00"), // 48 h
      new Request("A4", SARONGAN, DOMISILI, "COUNTER", "2024-03-07T09:00:00+07:00", "REJECTED", "2024-03-07T12:00:00+07:00"),
      new Request("A5", SARONGAN, DOMISILI, "ONLINE", "2024-03-10T10:00:00+07:00", "IN_PROCESS", null),
      new Request("A6", SARONGAN, DOMISILI, "KIOSK", "2024-03-12T10:00:00+07:00", "COMPLETED", "2024-03-12T14:00:00+07:00"), // 4 h
      // SUBMITTED not known yet: counts nowhere, not even as a terminal request
      new Request("A7", SARONGAN, DOMISILI, null, null, "COMPLETED", "2024-03-15T10:00:00+07:00"),
      // still March in UTC (17:30 on the 31st) but April in WIB
      new Request("A8", SARONGAN, DOMISILI, "KIOSK", "2024-04-01T00:30:00+07:00", "SUBMITTED", null),
      new Request("B1", SUKOREJO, DOMISILI, "COUNTER", "2024-03-01T09:00:00+07:00", "COMPLETED", "2024-03-01T15:00:00+07:00"), // 6 h
      new Request("B2", SUKOREJO, DOMISILI, "COUNTER", "2024-03-02T09:00:00+07:00", "COMPLETED", "2024-03-04T09:00:00+07:00"), // 48 h
      new Request("B3", SUKOREJO, DOMISILI, "COUNTER", "2024-03-03T09:00:00+07:00", "COMPLETED", "2024-03-03T11:00:00+07:00"), // 2 h
      new Request("B4", SUKOREJO, DOMISILI, "KIOSK", "2024-03-04T09:00:00+07:00", "REJECTED", "2024-03-04T10:00:00+07:00"),
      new Request("B5", SUKOREJO, DOMISILI, "COUNTER", "2024-03-05T09:00:00+07:00", "REJECTED", "2024-03-05T10:00:00+07:00"),
      new Request("B6", SUKOREJO, DOMISILI, "COUNTER", "2024-03-06T09:00:00+07:00", "CANCELLED", "2024-03-06T10:00:00+07:00"));

  /** B7 as version 0 knew it (in process) and as version 1 knows it (completed after 8 h). */
  static final Request B7_IN_PROCESS =
      new Request("B7", SUKOREJO, DOMISILI, "COUNTER", "2024-03-07T09:00:00+07:00", "IN_PROCESS", null);
  static final Request B7_COMPLETED =
      new Request("B7", SUKOREJO, DOMISILI, "COUNTER", "2024-03-07T09:00:00+07:00", "COMPLETED", "2024-03-07T17:00:00+07:00");

  private PublicServiceLake() {}

  /**
   * Writes the lake as silver/kiosk_events: version 0 holds every request's events, one file per
   * WIB month (B7 in process); version 1 adds B7's COMPLETED event, in a file whose timestamps are
   * naive and hold UTC, as Spark's INT96 timestamps read in DuckDB.
   */
  static Path write(Path lake) {
    DeltaTestTables events = DeltaTestTables.kioskEvents(lake);
    List<Request> v0 = new ArrayList<>(VERSION_0);
    v0.add(B7_IN_PROCESS);
    KioskEventRows.write(events, v0);
    String completed = KioskEventRows.row(B7_COMPLETED, new String[] {"B7-3", "COMPLETED", B7_COMPLETED.terminal()});
    events.commit(List.of(events.writeFile("event_month=2024-03/part-00001.parquet",
        "SELECT * REPLACE (event_at::TIMESTAMP AS event_at) FROM (" + completed + ")")), List.of());
    return lake;
  }

  /** All events of {@link #VERSION_0} as one DuckDB query with the silver column types. */
  static String version0Events() {
    return KioskEventRows.query(VERSION_0);
  }
}
