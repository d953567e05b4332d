package id.banyuwangi.kampung.ingestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.kampung.domain.fault.FaultPoint;
import id.banyuwangi.kampung.domain.progress.Progress;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SIGKILL during an ingest, then the same ingest again: every table equals that of an
 * uninterrupted run, exactly (compared as multisets of rows: nothing lost, nothing doubled).
 *
 * <p>The lake already holds a first batch (kiosk files, one with bad lines, and a population
 * file); the interrupted run ingests a second batch on top: new kiosk files (one truncated gzip, one
 * completing a request of the first batch), a population file replacing a row of the first, and a
 * new source (posyandu) whose tables the run creates. The ingest runs as a child JVM ({@link
 * IngestMain}, the spark-submit entry point) that halts at a named point ({@link FaultPoint}, exit
 * 137, no shutdown hooks, as SIGKILL): while reading a file, or during a table's Delta commit with
 * its data files written and its log entry not ({@link HaltingLogStore}), including the commit of
 * Delta's auto compaction that follows a write (the child compacts at a low bound of files). The
 * rerun is in this JVM.
 *
 * <p>Columns left out of the comparison, as they name or time the run that wrote a row and so
 * differ between any two runs: {@code ingest_run_id} (bronze, silver, quarantine),
 * {@code ingested_at} (bronze), {@code quarantined_at} (quarantine) and {@code run_id}
 * (ingested_files). {@code _system/ingest_runs} is the log of
 * finished runs and is checked for what it promises instead: the killed run has no row (it did not
 * finish), the rerun has one per source, no (run, source) is doubled, every row reconciles, and
 * the rerun saw every file of the batch (read + skipped).
 */
@Tag("e2e")
class IngestCrashTest {
  static final String[] TABLES = {LakeTables.BRONZE_KIOSK_LINES, LakeTables.SILVER_KIOSK_EVENTS,
      LakeTables.QUARANTINE_RECORDS, LakeTables.SYSTEM_INGESTED_FILES,
      "silver/population", "bronze/population_lines", "silver/child_measurements", "bronze/child_measurements_lines"};
  static final Set<String> RUN_COLUMNS = Set.of("ingest_run_id", "ingested_at", "quarantined_at", "run_id");

  @TempDir static Path dir;
  static Path base;
  static Path second;
  static Map<String, List<String>> reference;
  static Map<String, Long> filesPerSource;
  final SparkSession spark = SparkTestSession.get();

  @BeforeAll
  static void lakes() throws IOException {
    SparkSession spark = SparkTestSession.get();
    Path first = dir.resolve("first");
    new SyntheticKioskFiles().write(first, LocalDate.of(2024, 3, 1), 4, 4, 30, 1);
    Fixtures.writeJsonl(first, IngestJobTest.F1, IngestJobTest.reasonFixture());
    CsvFiles.write(first, CsvFiles.FIXTURES.get(0));
    base = dir.resolve("base");
    ingest(spark, first, base);

    second = dir.resolve("second");
    copy(first, second);
    new SyntheticKioskFiles().write(second, LocalDate.of(2024, 4, 1), 4, 4, 30, 2);
    Fixtures.writeJsonl(second, "KSK-3510012001-01_20240306.jsonl",
        List.of(Lines.completed("e5", "t1", "2024-03-06T10:00:00+07:00", 4)));
    Fixtures.writeTruncatedGzip(second, "KSK-3510012001-01_20240307.jsonl.gz", java.util.stream.IntStream.rangeClosed(1, 200)
        .mapToObj(i -> Lines.event("g" + i, "tg" + i, "IN_PROCESS", "2024-03-07T09:00:00+07:00")).toList(), 0.5);
    CsvFiles.write(second, "population", "siak_2024s2.csv", CsvFiles.FIXTURES.get(0).header(),
        List.of(CsvFiles.V1 + ",2024-06-30,L,30,650", CsvFiles.V1 + ",2024-12-31,L,30,601", CsvFiles.V1 + ",2024-12-31,X,1,1"));
    CsvFiles.write(second, CsvFiles.FIXTURES.get(2));
    filesPerSource = new LinkedHashMap<>();
    for (String source : List.of("kiosk", "population", "posyandu")) {
      try (Stream<Path> files = Files.list(second.resolve(source))) {
        filesPerSource.put(source, files.count());
      }
    }

    Path uninterrupted = dir.resolve("uninterrupted");
    copy(base, uninterrupted);
    ingest(spark, second, uninterrupted);
    reference = tables(spark, uninterrupted);
  }

  /**
   * Every kill point; {@code -Dkampung.crash.points=a,b} runs only those (each point costs a child
   * JVM and a rerun).
   */
  static final List<String> POINTS = List.of(
      "ingest.read#3",                            // while reading (the third kiosk file)
      "delta.commit:bronze/kiosk_lines",
      "delta.commit:quarantine/records",          // the kiosk's quarantine
      "delta.commit:silver/kiosk_events",
      "delta.commit:_system/ingested_files",      // between silver and the ingested-files record
      "delta.commit:bronze/kiosk_lines#2",        // bronze's auto compaction, after its MERGE
      "delta.commit:silver/kiosk_events#2",       // silver's auto compaction
      "delta.commit:silver/population",           // a CSV silver MERGE replacing a row
      "delta.commit:silver/child_measurements",   // a CSV silver's first write, which creates it
      "delta.commit:bronze/population_lines",     // a CSV bronze
      "delta.commit:_system/ingest_runs");

  /**
   * The points the default test run kills at (each costs about a minute on 2 cores): one of each
   * kind, while reading, in the bronze kiosk MERGE, in the silver kiosk MERGE, in a CSV silver MERGE
   * and in the auto compaction after bronze's MERGE;
   * {@code -Dkampung.crash.points=all} runs every point.
   */
  static final List<String> DEFAULT_POINTS = List.of("ingest.read#3", "delta.commit:bronze/kiosk_lines",
      "delta.commit:silver/kiosk_events", "delta.commit:silver/population", "delta.commit:bronze/kiosk_lines#2");

  /**
   * The child's bound of small files per partition: low, so that the batch's writes into March,
   * which the first batch already holds, set off Delta's auto compaction (a commit of its own).
   */
  static final int CHILD_COMPACTION_BOUND = 2;

  static Stream<String> points() {
    String only = System.getProperty("kampung.crash.points");
    if (only == null || only.isBlank()) {
      return DEFAULT_POINTS.stream();
    }
    return only.strip().equals("all") ? POINTS.stream() : Arrays.stream(only.split(",")).map(String::strip);
  }

  @ParameterizedTest(name = "killed at {0}")
  @MethodSource("points")
  void aRerunAfterAKillLeavesEveryTableAsAnUninterruptedRun(String point) throws Exception {
    Path lake = dir.resolve("lake-" + point.replaceAll("[^a-z0-9]+", "-"));
    copy(base, lake);
    Set<String> runsBefore = runIds(spark, lake);

    long t0 = System.nanoTime();
    Process child = childIngest(point, second, lake);
    long killedAfter = System.nanoTime() - t0;
    assertEquals(FaultPoint.EXIT_CODE, child.exitValue(), "the child must die at " + point);
    assertTrue(Files.readString(dir.resolve("child.log")).contains("kampung fault point reached: " + point),
        "the kill happened at " + point);
    Set<String> killedRuns = runIds(spark, lake);
    assertEquals(runsBefore, killedRuns, "the killed run left no ingest_runs row");

    t0 = System.nanoTime();
    IngestSummary rerun = ingest(spark, second, lake);
    System.out.printf("killed at %s after %.1f s (child JVM), rerun in %.1f s%n", point, killedAfter / 1e9,
        (System.nanoTime() - t0) / 1e9);

    assertEquals(reference, tables(spark, lake), "tables after the kill at " + point + " and a rerun");
    List<Row> runs = Fixtures.rows(spark, lake, LakeTables.SYSTEM_INGEST_RUNS);
    Set<String> keys = new HashSet<>();
    for (Row r : runs) {
      assertTrue(keys.add(r.getAs("run_id") + "/" + r.getAs("source")), "doubled " + r);
      assertEquals((long) r.getAs("lines_read"),
          (long) r.getAs("accepted") + (long) r.getAs("quarantined") + (long) r.getAs("duplicates"), r.toString());
      if (r.getAs("run_id").equals(rerun.runId())) {
        assertEquals(filesPerSource.get((String) r.getAs("source")),
            (long) r.getAs("files_read") + (long) r.getAs("files_skipped"), r.toString());
      }
    }
    assertEquals(filesPerSource.keySet(), rerun.bySource().keySet());
    assertEquals(runsBefore.size() + 1, runIds(spark, lake).size());
    System.out.println("killed at " + point + ": every table equals the uninterrupted run's");
  }

  /** The ingest as spark-submit would run it, in a JVM of its own, halting at {@code point}. */
  private static Process childIngest(String point, Path source, Path lake) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (arg.startsWith("--add-") || arg.startsWith("-XX:+Ignore") || arg.startsWith("-Djdk.") || arg.startsWith("-Dio.netty")) {
        command.add(arg);
      }
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"),
        "-D" + FaultPoint.PROPERTY + "=" + point,
        "-Dspark.delta.logStore.file.impl=" + HaltingLogStore.class.getName(),
        "-D" + LakeTables.AUTO_COMPACT_MIN_FILES + "=" + CHILD_COMPACTION_BOUND,
        IngestMain.class.getName(), "--source", source.toString(), "--lake", lake.toString(), "--master", "local[2]"));
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve("child.log").toFile()).start();
    // generous: on a loaded 2-core machine the child took over 2 minutes to reach its third file
    if (!p.waitFor(20, TimeUnit.MINUTES)) {
      p.destroyForcibly().waitFor();
      throw new AssertionError("the child ingest did not end in 20 minutes");
    }
    if (p.exitValue() != FaultPoint.EXIT_CODE) {
      System.out.println(Files.readString(dir.resolve("child.log")));
    }
    return p;
  }

  private static IngestSummary ingest(SparkSession spark, Path source, Path lake) {
    return IngestJob.run(spark, new IngestOptions(source.toString(), lake.toString(), null, Instant.now()),
        IngestJobTest.PSEUDO, Progress.NONE);
  }

  /** Every table but ingest_runs, without the run columns, as a sorted list of rows (a multiset). */
  static Map<String, List<String>> tables(SparkSession spark, Path lake) {
    return tables(spark, lake, List.of(TABLES));
  }

  /** The named tables, without the run columns, each as a sorted list of rows (a multiset). */
  static Map<String, List<String>> tables(SparkSession spark, Path lake, List<String> names) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    for (String table : names) {
      Dataset<Row> df = spark.read().format("delta").load(lake.resolve(table).toString());
      Column[] kept = Arrays.stream(df.columns()).filter(c -> !RUN_COLUMNS.contains(c)).sorted()
          .map(df::col).toArray(Column[]::new);
      List<String> rows = new ArrayList<>(df.select(kept).collectAsList().stream().map(Row::toString).toList());
      Collections.sort(rows);
      m.put(table, rows);
    }
    return m;
  }

  private static Set<String> runIds(SparkSession spark, Path lake) {
    Set<String> ids = new HashSet<>();
    Fixtures.rows(spark, lake, LakeTables.SYSTEM_INGEST_RUNS).forEach(r -> ids.add(r.getAs("run_id")));
    return ids;
  }

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
