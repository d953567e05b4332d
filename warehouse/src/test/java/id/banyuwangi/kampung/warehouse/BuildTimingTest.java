package id.banyuwangi.kampung.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.kampung.domain.progress.Progress;
import id.banyuwangi.kampung.domain.region.Area;
import id.banyuwangi.kampung.domain.region.RegionHierarchy;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A year of synthetic requests over every village, to see what a build costs. */
@Tag("e2e")
class BuildTimingTest {
  private static final int REQUESTS = 100_000;

  @TempDir Path dir;

  @Test
  void buildsAYearOfRequests() {
    String villages = RegionHierarchy.banyuwangi().villages().stream()
        .map(Area::code).map(c -> "'" + c + "'").collect(Collectors.joining(", ", "[", "]"));
    DeltaTestTables table = DeltaTestTables.kioskEvents(dir.resolve("lake"));
    // submitted somewhere in 2024, completed 1..96 h later; every 10th rejected, every 7th open
    String file = table.writeFile("event_month=2024-01/part-0.parquet", """
        WITH request AS (
          SELECT i, 'T' || i AS txn_id, %s[1 + i %% 217] AS village_code,
            TIMESTAMPTZ '2024-01-01 00:00:00+07' + to_seconds(i * 157) AS s,
            CASE WHEN i %% 7 = 0 THEN 'IN_PROCESS' WHEN i %% 10 = 0 THEN 'REJECTED' ELSE 'COMPLETED' END AS state
          FROM range(%d) t(i)),
        event AS (
          SELECT txn_id || '-1' AS event_id, txn_id, village_code, 'SUBMITTED' AS event_type, s AS event_at,
            'SK-DOMISILI' AS service_code, ['KIOSK', 'COUNTER', 'ONLINE'][1 + i %% 3] AS channel FROM request
          UNION ALL
          SELECT txn_id || '-2', txn_id, village_code, state, s + to_hours(CASE WHEN state = 'IN_PROCESS' THEN 1 ELSE 1 + i %% 96 END),
            NULL, NULL FROM request)
        SELECT event_id, txn_id, 'kiosk.v2' AS schema_version, 'KSK-1' AS kiosk_id, village_code, event_type,
          event_at, service_code, channel, NULL::VARCHAR AS citizen_pseudonym, NULL::VARCHAR AS citizen_sex,
          NULL::DATE AS citizen_birth_date, 0::BIGINT AS fee_idr, NULL::INTEGER AS rating, NULL::VARCHAR AS reason,
          NULL::VARCHAR AS app_version, NULL::BIGINT AS uptime_s, 'f.jsonl' AS source_file, 1::BIGINT AS line_no,
          'run' AS ingest_run_id, '2024-01' AS event_month
        FROM event
        """.formatted(villages, REQUESTS));
    table.commit(List.of(file), List.of());

    long started = System.nanoTime();
    BuildSummary summary = WarehouseBuilder.build(dir.resolve("lake").toString(), dir.resolve("wh.duckdb"), Progress.NONE);
    long millis = (System.nanoTime() - started) / 1_000_000;

    System.out.println(summary);
    System.out.printf("%d requests: build %d ms%n", REQUESTS, millis);
    assertEquals((long) REQUESTS, summary.rowsPerTable().get("fact_service_request"));
    assertTrue(summary.rowsPerTable().get("mart_indicator_value") > 10_000);
  }
}
