package id.banyuwangi.kampung.warehouse;

import id.banyuwangi.kampung.domain.period.Period;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Service requests written as the silver kiosk events that give them their state: a SUBMITTED
 * event where it is known, an IN_PROCESS one an hour later for a request in process, the terminal
 * event at its time. The warehouse's lifecycle model derives each request's state back from them.
 */
public final class KioskEventRows {
  private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

  /**
   * One request. Times are ISO instants with offset; {@code submitted} null for a request whose
   * SUBMITTED event has not arrived, {@code terminal} the time of its COMPLETED, REJECTED or
   * CANCELLED event (null while open).
   */
  public record Request(String txn, String village, String service, String channel, String submitted, String state,
      String terminal) {
    public OffsetDateTime submittedAt() {
      return submitted == null ? null : OffsetDateTime.parse(submitted);
    }
  }

  private KioskEventRows() {}

  /** Writes the requests' events as one Delta version of silver/kiosk_events, one file per WIB month. */
  public static void write(DeltaTestTables events, List<Request> requests) {
    Map<String, List<String>> byMonth = new TreeMap<>();
    for (Request r : requests) {
      for (String[] e : events(r)) {
        byMonth.computeIfAbsent(wibMonth(e[2]), m -> new ArrayList<>()).add(tuple(r, e));
      }
    }
    List<String> files = new ArrayList<>();
    byMonth.forEach((month, rows) -> files.add(
        events.writeFile("event_month=" + month + String.format("/part-%05d.parquet", events.nextVersion()),
            values(rows))));
    events.commit(files, List.of());
  }

  public static Path write(Path lake, List<Request> requests) {
    write(DeltaTestTables.kioskEvents(lake), requests);
    return lake;
  }

  /** All events of the requests as one DuckDB query with the silver column types. */
  static String query(List<Request> requests) {
    return values(requests.stream().flatMap(r -> events(r).stream().map(e -> tuple(r, e))).toList());
  }

  /** One query over many rows: a VALUES list (a UNION ALL of thousands of SELECTs overflows DuckDB's parser). */
  private static String values(List<String> tuples) {
    return "SELECT " + String.join(", ", TYPED) + " FROM (VALUES " + String.join(",\n", tuples) + ") v("
        + String.join(", ", COLUMNS) + ")";
  }

  private static final List<String> COLUMNS = List.of("event_id", "txn_id", "schema_version", "kiosk_id",
      "village_code", "event_type", "event_at", "service_code", "channel", "citizen_pseudonym", "citizen_sex",
      "citizen_birth_date", "fee_idr", "rating", "reason", "app_version", "uptime_s", "source_file", "line_no",
      "ingest_run_id", "event_month");
  private static final List<String> TYPED = List.of("event_id::VARCHAR AS event_id", "txn_id::VARCHAR AS txn_id",
      "schema_version::VARCHAR AS schema_version", "kiosk_id::VARCHAR AS kiosk_id",
      "village_code::VARCHAR AS village_code", "event_type::VARCHAR AS event_type",
      "event_at::TIMESTAMPTZ AS event_at", "service_code::VARCHAR AS service_code", "channel::VARCHAR AS channel",
      "citizen_pseudonym::VARCHAR AS citizen_pseudonym", "citizen_sex::VARCHAR AS citizen_sex",
      "citizen_birth_date::DATE AS citizen_birth_date", "fee_idr::BIGINT AS fee_idr", "rating::INTEGER AS rating",
      "reason::VARCHAR AS reason", "app_version::VARCHAR AS app_version", "uptime_s::BIGINT AS uptime_s",
      "source_file::VARCHAR AS source_file", "line_no::BIGINT AS line_no", "ingest_run_id::VARCHAR AS ingest_run_id",
      "event_month::VARCHAR AS event_month");

  /** One event as a VALUES tuple in {@link #COLUMNS} order; only SUBMITTED carries service and channel. */
  private static String tuple(Request r, String[] event) {
    boolean submitted = event[1].equals("SUBMITTED");
    return "(" + String.join(", ", text(event[0]), text(r.txn()), "'kiosk.v2'", text("KSK-" + r.village() + "-01"),
        text(r.village()), text(event[1]), "'" + event[2] + "'", text(submitted ? r.service() : null),
        text(submitted ? r.channel() : null), text(submitted ? "pseudonym-" + r.txn() : null),
        text(submitted ? "P" : null), submitted ? "'1990-01-01'" : "NULL", "0", "NULL", "NULL", "'2.1.0'", "3600",
        text("KSK-" + r.village() + "-01_" + event[2].substring(0, 10).replace("-", "") + ".jsonl"), "1", "'run-1'",
        text(wibMonth(event[2]))) + ")";
  }

  /** The events of a request: {event_id, event_type, event_at}. */
  static List<String[]> events(Request r) {
    List<String[]> events = new ArrayList<>();
    if (r.submitted() != null) {
      events.add(new String[] {r.txn() + "-1", "SUBMITTED", r.submitted()});
    }
    if (r.state().equals("IN_PROCESS")) {
      events.add(new String[] {r.txn() + "-2", "IN_PROCESS", r.submittedAt().plusHours(1).format(INSTANT)});
    } else if (!r.state().equals("SUBMITTED")) {
      events.add(new String[] {r.txn() + "-3", r.state(), r.terminal()});
    }
    return events;
  }

  static String instant(OffsetDateTime t) {
    return t.format(INSTANT);
  }

  static String wibMonth(String instant) {
    return OffsetDateTime.parse(instant).atZoneSameInstant(Period.WIB).format(DateTimeFormatter.ofPattern("yyyy-MM"));
  }

  /** One event as a query with the silver column types. */
  static String row(Request r, String[] event) {
    return values(List.of(tuple(r, event)));
  }

  private static String text(String value) {
    return value == null ? "NULL" : "'" + value + "'";
  }
}
