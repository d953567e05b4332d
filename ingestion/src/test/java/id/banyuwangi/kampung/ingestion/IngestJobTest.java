package id.banyuwangi.kampung.ingestion;

import id.banyuwangi.kampung.domain.lake.ReasonCode;
import static id.banyuwangi.kampung.ingestion.Fixtures.count;
import static id.banyuwangi.kampung.ingestion.Fixtures.rows;
import static id.banyuwangi.kampung.ingestion.Fixtures.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.kampung.domain.person.Pseudonymizer;
import id.banyuwangi.kampung.domain.progress.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job end to end on a local lake, with the shared test SparkSession. */
class IngestJobTest {
  static final Pseudonymizer PSEUDO = new Pseudonymizer("test-only-pseudonym-key");
  static final Instant NOW = Instant.parse("2024-12-31T00:00:00Z");
  static final String F1 = "KSK-3510012001-01_20240305.jsonl";
  static final String F2 = "KSK-3510012001-01_20240306.jsonl.gz";
  static final String F3 = "KSK-3510012001-01_20240307.jsonl.gz";
  /** Every NIK written into any fixture, valid or not. */
  static final List<String> NIKS = List.of(Lines.NIK_P, Lines.NIK_L, "9910014506900001", "3510017313900001");

  final SparkSession spark = SparkTestSession.get();

  IngestSummary run(Path source, Path lake) {
    return IngestJob.run(spark, new IngestOptions(source.toString(), lake.toString(), null, NOW), PSEUDO,
        Progress.NONE);
  }

  static final String[] TABLES = {LakeTables.BRONZE_KIOSK_LINES, LakeTables.SILVER_KIOSK_EVENTS,
      LakeTables.QUARANTINE_RECORDS, LakeTables.SYSTEM_INGESTED_FILES};

  Map<String, List<String>> snapshots(Path lake) {
    Map<String, List<String>> m = new HashMap<>();
    for (String t : TABLES) {
      m.put(t, snapshot(spark, lake, t));
    }
    return m;
  }

  /** Line 1..n of the reason-code fixture, and the reason each bad line must get. */
  static List<String> reasonFixture() {
    String ok = Lines.submitted("e1", "t1", "2024-03-05T08:14:09+07:00", Lines.NIK_P);
    return List.of(
        ok,                                                                           // 1 valid
        Lines.event("e2", "t1", "IN_PROCESS", "2024-03-05T09:00:00+07:00"),           // 2 valid
        ok,                                                                           // 3 duplicate of 1
        "{\"schema\":\"kiosk.v1\",\"event_id\":\"x4\",",                              // 4 MALFORMED_JSON
        ok.replace("kiosk.v1", "kiosk.v0").replace("\"e1\"", "\"x5\""),              // 5 UNKNOWN_SCHEMA
        ok.replace("\"channel\":\"KIOSK\",", "").replace("\"e1\"", "\"x6\""),         // 6 MISSING_FIELD
        ok.replace("\"fee_idr\":0", "\"fee_idr\":-1").replace("\"e1\"", "\"x7\""),    // 7 INVALID_VALUE
        ok.replace("3510012001\"", "3510000000\"").replace("\"e1\"", "\"x8\""),       // 8 UNKNOWN_VILLAGE
        ok.replace("SK-DOMISILI", "SK-NOPE").replace("\"e1\"", "\"x9\""),             // 9 UNKNOWN_SERVICE
        ok.replace(Lines.NIK_P, "9910014506900001").replace("\"e1\"", "\"x10\""),     // 10 INVALID_NIK
        ok.replace("2024-03-05T08", "2025-03-05T08").replace("\"e1\"", "\"x11\""),    // 11 FUTURE_TIMESTAMP
        Lines.submitted("e4", "t2", "2024-03-31T10:00:00+07:00", Lines.NIK_L),        // 12 valid
        Lines.event("e3", "t2", "IN_PROCESS", "2024-03-31T18:30:00+00:00"),           // 13 valid, April in WIB
        ok.replace(Lines.NIK_P, "3510017313900001").replace("\"e1\"", "\"x14\""),     // 14 INVALID_NIK
        "");                                                                          // 15 MALFORMED_JSON (empty)
  }

  static final Map<Long, String> EXPECTED_REASONS = Map.of(
      4L, "MALFORMED_JSON", 5L, "UNKNOWN_SCHEMA", 6L, "MISSING_FIELD", 7L, "INVALID_VALUE",
      8L, "UNKNOWN_VILLAGE", 9L, "UNKNOWN_SERVICE", 10L, "INVALID_NIK", 11L, "FUTURE_TIMESTAMP",
      14L, "INVALID_NIK", 15L, "MALFORMED_JSON");

  @Test
  void everyReasonCodeIsQuarantinedAndCountsReconcile(@TempDir Path tmp) throws IOException {
    Path source = tmp.resolve("src");
    Path lake = tmp.resolve("lake");
    Fixtures.writeJsonl(source, F1, reasonFixture());
    Fixtures.writeGzip(source, F2, List.of(
        Lines.completed("e5", "t1", "2024-03-06T10:00:00+07:00", 4),
        Lines.submitted("e1", "t1", "2024-03-05T08:14:09+07:00", Lines.NIK_P)));  // duplicate across files
    List<String> many = IntStream.rangeClosed(1, 400)
        .mapToObj(i -> Lines.event("g" + i, "tg" + i, "IN_PROCESS", "2024-03-07T09:00:00+07:00"))
        .toList();
    Fixtures.writeTruncatedGzip(source, F3, many, 0.5);
    Files.writeString(Fixtures.kioskDir(source).resolve("README.txt"), "not a kiosk file");

    AtomicLong steps = new AtomicLong();
    long[] total = {0};
    Progress progress = new Progress() {
      @Override public void start(String task, long n) { total[0] = n; }
      @Override public void step(long n) { steps.addAndGet(n); }
      @Override public void done() {}
    };
    IngestSummary s = IngestJob.run(spark, new IngestOptions(source.toString(), lake.toString(), null, NOW),
        PSEUDO, progress);
    System.out.println(s);
    assertEquals(3, total[0]);
    assertEquals(3, steps.get());

    // The truncated file: k complete lines kept, one TRUNCATED_FILE record at line k+1.
    List<Row> bronze = rows(spark, lake, LakeTables.BRONZE_KIOSK_LINES);
    List<Row> truncatedLines = bronze.stream().filter(r -> r.getAs("source_file").equals(F3))
        .sorted(Comparator.comparingLong(r -> r.getAs("line_no"))).toList();
    long k = truncatedLines.size();
    assertTrue(k > 0 && k < 400, "lines before the break: " + k);
    for (int i = 0; i < k; i++) {
      assertEquals(i + 1L, (long) truncatedLines.get(i).getAs("line_no"));
      assertEquals(many.get(i), truncatedLines.get(i).getAs("raw_line"));
    }

    assertEquals(15 + 2 + k + 1, s.linesRead());
    assertEquals(2, s.duplicates());                 // line 3 of F1, line 2 of F2
    assertEquals(11, s.quarantined());
    assertEquals(5 + k, s.accepted());               // e1 e2 e4 e3 e5 + k from F3
    assertEquals(s.linesRead(), s.accepted() + s.quarantined() + s.duplicates());
    assertEquals(Map.of("MALFORMED_JSON", 2L, "UNKNOWN_SCHEMA", 1L, "MISSING_FIELD", 1L,
        "INVALID_VALUE", 1L, "UNKNOWN_VILLAGE", 1L, "UNKNOWN_SERVICE", 1L, "INVALID_NIK", 2L,
        "FUTURE_TIMESTAMP", 1L, "TRUNCATED_FILE", 1L), s.quarantinedByReason());
    assertEquals(3, s.filesRead());
    assertEquals(0, s.filesSkipped());

    // Quarantine holds exactly the expected records.
    Map<String, String> quarantine = rows(spark, lake, LakeTables.QUARANTINE_RECORDS).stream()
        .collect(Collectors.toMap(r -> r.getAs("source_file") + ":" + r.getAs("line_no"),
            r -> (String) r.getAs("reason_code")));
    Map<String, String> expected = new HashMap<>();
    EXPECTED_REASONS.forEach((line, reason) -> expected.put(F1 + ":" + line, reason));
    expected.put(F3 + ":" + (k + 1), "TRUNCATED_FILE");
    assertEquals(expected, quarantine);
    for (Row r : rows(spark, lake, LakeTables.QUARANTINE_RECORDS)) {
      assertEquals("kiosk", r.getAs("source"));
      assertEquals(s.runId(), r.getAs("ingest_run_id"));
      assertNotNull(r.getAs("reason_detail"));
      assertNotNull(r.getAs("quarantined_at"));
    }

    // Bronze: every line of every file, with lineage.
    assertEquals(15 + 2 + k, bronze.size());
    for (Row r : bronze) {
      assertEquals("2024-03", r.getAs("file_month"));
      assertEquals(s.runId(), r.getAs("ingest_run_id"));
    }

    // Silver events: the valid ones, once; offsets normalised, month in WIB.
    Map<String, Row> events = rows(spark, lake, LakeTables.SILVER_KIOSK_EVENTS).stream()
        .collect(Collectors.toMap(r -> r.getAs("event_id"), r -> r));
    assertEquals(s.accepted(), events.size());
    Row e3 = events.get("e3");
    assertEquals("2024-04", e3.getAs("event_month"));
    assertEquals(java.sql.Timestamp.from(Instant.parse("2024-03-31T18:30:00Z")), e3.getAs("event_at"));
    Row e1 = events.get("e1");
    assertEquals(F1, e1.getAs("source_file"));
    assertEquals(1L, (long) e1.getAs("line_no"));
    assertEquals(PSEUDO.pseudonym("nik", Lines.NIK_P), e1.getAs("citizen_pseudonym"));
    assertEquals("2024-03", e1.getAs("event_month"));
    assertEquals("2.1.0", events.get("e2").getAs("app_version"));


    // ingested_files and ingest_runs.
    List<Row> files = rows(spark, lake, LakeTables.SYSTEM_INGESTED_FILES);
    assertEquals(3, files.size());
    for (Row f : files) {
      assertEquals(64, ((String) f.getAs("sha256")).length());
      assertEquals(Files.size(source.resolve("kiosk").resolve((String) f.getAs("source_file"))),
          (long) f.getAs("size_bytes"));
    }
    List<Row> runs = rows(spark, lake, LakeTables.SYSTEM_INGEST_RUNS);
    assertEquals(1, runs.size());
    Row run = runs.get(0);
    assertEquals(s.linesRead(), (long) run.getAs("lines_read"));
    assertEquals((long) run.getAs("lines_read"),
        (long) run.getAs("accepted") + (long) run.getAs("quarantined") + (long) run.getAs("duplicates"));

    // No NIK reaches silver, in any string column.
    for (String table : List.of(LakeTables.SILVER_KIOSK_EVENTS)) {
      Dataset<Row> df = spark.read().format("delta").load(lake.resolve(table).toString());
      List<String> stringColumns = Stream.of(df.schema().fields())
          .filter(f -> f.dataType().equals(DataTypes.StringType)).map(StructField::name).toList();
      for (Row r : df.collectAsList()) {
        for (String c : stringColumns) {
          String v = r.getAs(c);
          for (String nik : NIKS) {
            assertFalse(v != null && v.contains(nik), table + "." + c + " holds a NIK");
          }
        }
      }
    }
    // Deletion vectors are off on every table.
    for (String t : TABLES) {
      String props = spark.sql("DESCRIBE DETAIL delta.`" + lake.resolve(t) + "`")
          .select("properties").first().get(0).toString();
      assertTrue(props.contains("delta.enableDeletionVectors -> false"), t + ": " + props);
    }
  }

  /**
   * One lake through four runs: first load (with a request whose terminal event comes before its
   * SUBMITTED, and a tie), the same files again (skipped), the same files re-read after the file
   * records are lost (as after a crash: nothing changes), then a re-sent file with 2 more lines and
   * the next day's file with the late events.
   */
  @Test
  void rerunsAreIdempotentAndResentFilesAddOnlyNewLines(@TempDir Path tmp)
      throws IOException {
    Path source = tmp.resolve("src");
    Path lake = tmp.resolve("lake");
    String day1 = "KSK-3510012001-01_20240310.jsonl";
    List<String> f1 = new ArrayList<>(List.of(
        Lines.submitted("s1", "t1", "2024-03-10T08:00:00+07:00", Lines.NIK_P),
        Lines.event("p1", "t1", "IN_PROCESS", "2024-03-10T09:00:00+07:00"),
        "{not json",
        Lines.completed("c2", "t2", "2024-03-10T10:00:00+07:00", 2),          // SUBMITTED not yet known
        Lines.completed("c3", "t3", "2024-03-10T11:00:00+07:00", 4),          // same instant as its SUBMITTED
        Lines.submitted("s3", "t3", "2024-03-10T11:00:00+07:00", Lines.NIK_L)));
    Fixtures.writeJsonl(source, day1, f1);
    Fixtures.writeGzip(source, "KSK-3510012001-02_20240310.jsonl.gz", List.of(
        Lines.submitted("b1", "tb", "2024-03-10T10:00:00+07:00", Lines.NIK_L),
        Lines.event("b2", "tb", "CANCELLED", "2024-03-10T11:00:00+07:00")));

    // Run 1: first load.
    IngestSummary first = run(source, lake);
    assertEquals(8, first.linesRead());
    assertEquals(7, first.accepted());
    assertEquals(1, first.quarantined());
    Map<String, List<String>> before = snapshots(lake);

    // Run 2: the same files: skipped by sha256, nothing changes.
    IngestSummary second = run(source, lake);
    assertEquals(0, second.filesRead());
    assertEquals(2, second.filesSkipped());
    assertEquals(0, second.linesRead());
    assertEquals(before, snapshots(lake));
    assertEquals(2, count(spark, lake, LakeTables.SYSTEM_INGEST_RUNS));

    // Run 3: not skipped (file records lost, as after a crash before they were written): the
    // insert-only merges change nothing.
    spark.sql("DELETE FROM delta.`" + lake.resolve(LakeTables.SYSTEM_INGESTED_FILES) + "`");
    IngestSummary third = run(source, lake);
    assertEquals(2, third.filesRead());
    assertEquals(0, third.accepted());
    assertEquals(7, third.duplicates());
    assertEquals(1, third.quarantined());
    Map<String, List<String>> after = snapshots(lake);
    for (String t : TABLES) {
      if (!t.equals(LakeTables.SYSTEM_INGESTED_FILES)) {  // emptied above, now rewritten by run 3
        assertEquals(before.get(t), after.get(t), t);
      }
    }
    assertEquals(2, count(spark, lake, LakeTables.SYSTEM_INGESTED_FILES));

    // Run 4: day1 re-sent with 2 more lines, and the next day's file with the late events.
    f1.add(Lines.event("x1", "tx", "IN_PROCESS", "2024-03-10T12:00:00+07:00"));
    f1.add(Lines.event("x2", "tx", "IN_PROCESS", "2024-03-10T13:00:00+07:00"));
    Fixtures.writeJsonl(source, day1, f1);
    String day2 = "KSK-3510012001-01_20240311.jsonl";
    Fixtures.writeJsonl(source, day2, List.of(
        Lines.completed("c1", "t1", "2024-03-11T10:00:00+07:00", 5),
        Lines.submitted("s2", "t2", "2024-03-09T15:00:00+07:00", Lines.NIK_L)));
    IngestSummary fourth = run(source, lake);
    assertEquals(2, fourth.filesRead());
    assertEquals(1, fourth.filesSkipped());
    assertEquals(10, fourth.linesRead());
    assertEquals(4, fourth.accepted());
    assertEquals(5, fourth.duplicates());
    assertEquals(1, fourth.quarantined());
    assertEquals(before.get(LakeTables.QUARANTINE_RECORDS), snapshot(spark, lake, LakeTables.QUARANTINE_RECORDS));
    List<Row> bronzeNew = spark.read().format("delta").load(lake.resolve(LakeTables.BRONZE_KIOSK_LINES).toString())
        .filter("ingest_run_id = '" + fourth.runId() + "'").collectAsList();
    assertEquals(List.of(day1 + ":7", day1 + ":8", day2 + ":1", day2 + ":2"),
        bronzeNew.stream().map(r -> r.getAs("source_file") + ":" + r.getAs("line_no")).sorted().toList());
    assertEquals(before.get(LakeTables.BRONZE_KIOSK_LINES).size() + 4, count(spark, lake, LakeTables.BRONZE_KIOSK_LINES));
    assertEquals(before.get(LakeTables.SILVER_KIOSK_EVENTS).size() + 4, count(spark, lake, LakeTables.SILVER_KIOSK_EVENTS));

  }

}
