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
    DeltaTestTables table = DeltaTestTables.serviceRequests(dir.resolve("lake"));
    // submitted somewhere in 2024, completed 1..96 h later; every 10th rejected, every 7th open
    String file = table.writeFile("part-0.parquet", """
        SELECT 'T' || i AS txn_id, %s[1 + i %% 217] AS village_code, 'KSK-1' AS kiosk_id,
          'SK-DOMISILI' AS service_code, ['KIOSK', 'COUNTER', 'ONLINE'][1 + i %% 3] AS channel,
          'L' AS citizen_sex, s AS submitted_at,
          CASE WHEN i %% 7 = 0 THEN 'IN_PROCESS' WHEN i %% 10 = 0 THEN 'REJECTED' ELSE 'COMPLETED' END AS state,
          s AS state_at,
          CASE WHEN i %% 7 <> 0 AND i %% 10 <> 0 THEN s + to_hours(1 + i %% 96) END AS completed_at,
          CASE WHEN i %% 7 <> 0 THEN s + to_hours(1 + i %% 96) END AS terminal_at,
          NULL::INTEGER AS rating, 0::BIGINT AS fee_idr, 2 AS event_count, 'run' AS updated_run_id
        FROM (SELECT i, TIMESTAMPTZ '2024-01-01 00:00:00+07' + to_seconds(i * 157) AS s FROM range(%d) t(i))
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
