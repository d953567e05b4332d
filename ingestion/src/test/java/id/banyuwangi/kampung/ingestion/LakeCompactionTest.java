package id.banyuwangi.kampung.ingestion;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.kampung.domain.progress.Progress;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Day after day into one month: Delta's auto compaction keeps each touched partition under the
 * bound of small files, and the tables hold exactly what one run of all the days writes.
 */
class LakeCompactionTest {
  private static final int BOUND = 3;
  private static final int DAYS = 4;

  @TempDir Path dir;
  final SparkSession spark = SparkTestSession.get();

  @Test
  void dailyRunsKeepEveryPartitionUnderTheBoundAndLoseNothing() throws Exception {
    Path daily = dir.resolve("daily-lake");
    Path all = dir.resolve("all-days");
    spark.conf().set(LakeTables.AUTO_COMPACT_MIN_FILES, Integer.toString(BOUND));
    try {
      for (int d = 0; d < DAYS; d++) {
        Path day = dir.resolve("day-" + d);
        LocalDate date = LocalDate.of(2024, 5, 1 + d);
        new SyntheticKioskFiles().write(day, date, 1, 3, 12, d);
        new SyntheticKioskFiles().write(all, date, 1, 3, 12, d);
        ingest(day, daily);
        for (String table : List.of(LakeTables.BRONZE_KIOSK_LINES, LakeTables.SILVER_KIOSK_EVENTS)) {
          String partition = table.equals(LakeTables.BRONZE_KIOSK_LINES) ? "file_month" : "event_month";
          int files = spark.read().format("delta").load(daily.resolve(table).toString())
              .where(col(partition).equalTo("2024-05")).inputFiles().length;
          assertTrue(files <= BOUND, table + " 2024-05 holds " + files + " files after day " + (d + 1));
        }
      }
    } finally {
      spark.conf().unset(LakeTables.AUTO_COMPACT_MIN_FILES);
    }
    List<Row> compactions = io.delta.tables.DeltaTable.forPath(spark, daily.resolve(LakeTables.BRONZE_KIOSK_LINES).toString())
        .history().where(col("operation").equalTo("OPTIMIZE")).collectAsList();
    assertTrue(!compactions.isEmpty(), "bronze was compacted at least once");

    Path once = dir.resolve("one-run-lake");
    ingest(all, once);
    List<String> kept = List.of(LakeTables.BRONZE_KIOSK_LINES, LakeTables.SILVER_KIOSK_EVENTS,
        LakeTables.SYSTEM_INGESTED_FILES);
    var dailyTables = IngestCrashTest.tables(spark, daily, kept);
    var onceTables = IngestCrashTest.tables(spark, once, kept);
    for (String table : kept) {
      assertEquals(onceTables.get(table), dailyTables.get(table), table + ": daily runs against one run");
      assertTrue(!onceTables.get(table).isEmpty(), table + " holds rows");
    }
  }

  private void ingest(Path source, Path lake) {
    IngestJob.run(spark, new IngestOptions(source.toString(), lake.toString(), null, Instant.now()),
        IngestJobTest.PSEUDO, Progress.NONE);
  }
}
