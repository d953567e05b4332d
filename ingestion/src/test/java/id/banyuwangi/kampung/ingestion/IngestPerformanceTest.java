package id.banyuwangi.kampung.ingestion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.banyuwangi.kampung.domain.person.Pseudonymizer;
import id.banyuwangi.kampung.domain.progress.Progress;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures a synthetic year and one extra day on top. Off by default (minutes of work):
 * {@code mvn -B -q -pl ingestion test -Dtest=IngestPerformanceTest -Dkampung.perf=true}; sizes with
 * {@code -Dkampung.perf.files=200 -Dkampung.perf.lines=500}.
 */
@EnabledIfSystemProperty(named = "kampung.perf", matches = "true")
class IngestPerformanceTest {
  @Test
  void aYearThenOneDay(@TempDir Path tmp) throws Exception {
    int files = Integer.getInteger("kampung.perf.files", 200);
    int lines = Integer.getInteger("kampung.perf.lines", 500);
    Path year = tmp.resolve("year");
    Path lake = tmp.resolve("lake");
    SyntheticKioskFiles gen = new SyntheticKioskFiles();
    long written = gen.write(year, LocalDate.of(2024, 1, 1), 366, files, lines, 1);
    Pseudonymizer pseudo = new Pseudonymizer("test-only-pseudonym-key");
    Instant now = Instant.parse("2025-01-03T00:00:00Z");
    var spark = SparkTestSession.get();

    IngestSummary y = IngestJob.run(spark, new IngestOptions(year.toString(), lake.toString(), null, now), pseudo, Progress.NONE);
    System.out.println("PERF year: " + y);
    assertEquals(written, y.accepted());

    // One more day: 20 files x 165 lines (about 3,300 events) beside the year's files.
    long day = gen.write(year, LocalDate.of(2025, 1, 1), 1, 20, 165, 2);
    IngestSummary d = IngestJob.run(spark, new IngestOptions(year.toString(), lake.toString(), null, now), pseudo, Progress.NONE);
    System.out.println("PERF day: " + d);
    assertEquals(day, d.accepted());

    IngestSummary again = IngestJob.run(spark, new IngestOptions(year.toString(), lake.toString(), null, now), pseudo, Progress.NONE);
    System.out.println("PERF rerun: " + again);
    assertEquals(0, again.linesRead());
    for (String t : new String[] {LakeTables.SILVER_KIOSK_EVENTS, LakeTables.BRONZE_KIOSK_LINES}) {
      System.out.println("PERF files in " + t + ": " + spark.sql("DESCRIBE DETAIL delta.`" + lake.resolve(t) + "`")
          .select("numFiles").first().get(0));
    }
  }
}
