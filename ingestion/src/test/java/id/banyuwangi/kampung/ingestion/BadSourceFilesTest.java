package id.banyuwangi.kampung.ingestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.kampung.domain.progress.Progress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Source files that are not what the contract says (empty, binary, UTF-16, Latin-1, a gzip with
 * garbage after its end or none at all, a 50 MB line, a directory), for the kiosk and a CSV
 * source, generated here: each is quarantined with its reason, the readable lines of such files
 * are kept, and nothing the lake held before changes.
 */
@Tag("e2e")
class BadSourceFilesTest {
  static final String K = "KSK-3510012001-01_202403";
  static final int FIFTY_MB = 50 << 20;
  static final Charset UTF_16BE = StandardCharsets.UTF_16BE;

  final SparkSession spark = SparkTestSession.get();

  @TempDir Path dir;

  IngestSummary ingest(Path source, Path lake) {
    return IngestJob.run(spark, new IngestOptions(source.toString(), lake.toString(), null, IngestJobTest.NOW),
        IngestJobTest.PSEUDO, Progress.NONE);
  }

  @Test
  void everyBadFileIsQuarantinedWithItsReasonAndNothingStoredChanges() throws IOException {
    Path lake = dir.resolve("lake");
    // 1. A lake with good data of both sources.
    Path good = dir.resolve("good");
    Fixtures.writeJsonl(good, K + "05.jsonl", List.of(
        Lines.submitted("g1", "tg1", "2024-03-05T08:00:00+07:00", Lines.NIK_P),
        Lines.event("g2", "tg1", "IN_PROCESS", "2024-03-05T09:00:00+07:00")));
    CsvFiles.write(good, CsvFiles.FIXTURES.get(0));
    ingest(good, lake);
    Map<String, List<String>> before = tables(lake);

    // 2. The corpus.
    Path bad = dir.resolve("bad");
    Path kiosk = Fixtures.kioskDir(bad);
    Files.write(kiosk.resolve(K + "10.jsonl"), new byte[0]);
    Fixtures.writeGzip(bad, K + "11.jsonl.gz", List.of()); // a gzip of one empty line
    Files.write(kiosk.resolve(K + "12.jsonl.gz"), gzipOf(new byte[0]));
    Files.write(kiosk.resolve(K + "13.jsonl"), binary());
    Files.write(kiosk.resolve(K + "14.jsonl"), ("\uFEFF" + ok("u1") + "\n").getBytes(StandardCharsets.UTF_16LE));
    Files.write(kiosk.resolve(K + "15.jsonl"), concat(
        (ok("l1") + "\n").getBytes(StandardCharsets.ISO_8859_1),
        (ok("l2").replace("2.1.0", "2.1.0-caf\u00e9") + "\n").getBytes(StandardCharsets.ISO_8859_1)));
    Files.write(kiosk.resolve(K + "16.jsonl.gz"), concat(
        Fixtures.gzip(List.of(ok("z1"), ok("z2"))), "this is not gzip data after the stream\n".repeat(80).getBytes()));
    Files.writeString(kiosk.resolve(K + "17.jsonl.gz"), ok("n1") + "\n");
    writeWithLongLine(kiosk.resolve(K + "18.jsonl"), ok("b1"), "{\"schema\":\"kiosk.v1\",\"event_id\":\"", ok("b3"));
    Files.createDirectories(kiosk.resolve(K + "19.jsonl.gz"));
    Files.write(kiosk.resolve(K + "20.jsonl.gz"), concat(   // two gzip members: a good file
        Fixtures.gzip(List.of(ok("m1"))), Fixtures.gzip(List.of(ok("m2")))));

    Path population = Files.createDirectories(bad.resolve("population"));
    String header = CsvFiles.FIXTURES.get(0).header();
    String v = CsvFiles.V1 + ",2024-06-30,";
    Files.write(population.resolve("a_empty.csv"), new byte[0]);
    Files.write(population.resolve("b_binary.csv"), binary());
    Files.write(population.resolve("c_utf16.csv"), (header + "\n" + v + "L,31,5\n").getBytes(UTF_16BE));
    Files.write(population.resolve("d_latin1.csv"),
        (header + "\n" + v + "L,32,5\n" + v + "P,32,5 jiwa \u00e0 peu pr\u00e8s\n").getBytes(StandardCharsets.ISO_8859_1));
    writeWithLongLine(population.resolve("e_long.csv"), header + "\n" + v + "L,33,5", v + "P,33,", v + "P,34,7");
    Files.createDirectories(population.resolve("f_dir.csv"));

    IngestSummary s = ingest(bad, lake);
    System.out.println(s);

    // 3. Each bad file has its record, with its reason, at its line.
    Map<String, String> expected = new TreeMap<>(Map.ofEntries(
        Map.entry("kiosk|" + K + "10.jsonl|0", "EMPTY_FILE"),
        Map.entry("kiosk|" + K + "11.jsonl.gz|1", "MALFORMED_JSON"),
        Map.entry("kiosk|" + K + "12.jsonl.gz|0", "EMPTY_FILE"),
        Map.entry("kiosk|" + K + "13.jsonl|0", "BINARY_FILE"),
        Map.entry("kiosk|" + K + "14.jsonl|0", "UNSUPPORTED_ENCODING"),
        Map.entry("kiosk|" + K + "15.jsonl|2", "INVALID_ENCODING"),
        Map.entry("kiosk|" + K + "16.jsonl.gz|3", "TRAILING_DATA"),
        Map.entry("kiosk|" + K + "17.jsonl.gz|0", "NOT_GZIP"),
        Map.entry("kiosk|" + K + "18.jsonl|2", "LINE_TOO_LONG"),
        Map.entry("kiosk|" + K + "19.jsonl.gz|0", "NOT_A_FILE"),
        Map.entry("population|a_empty.csv|0", "EMPTY_FILE"),
        Map.entry("population|b_binary.csv|0", "BINARY_FILE"),
        Map.entry("population|c_utf16.csv|0", "UNSUPPORTED_ENCODING"),
        Map.entry("population|d_latin1.csv|3", "INVALID_ENCODING"),
        Map.entry("population|e_long.csv|3", "LINE_TOO_LONG"),
        Map.entry("population|f_dir.csv|0", "NOT_A_FILE")));
    List<Row> quarantine = Fixtures.rows(spark, lake, LakeTables.QUARANTINE_RECORDS).stream()
        .filter(r -> r.getAs("ingest_run_id").equals(s.runId())).toList();
    Map<String, String> actual = new TreeMap<>();
    for (Row r : quarantine) {
      actual.put(r.getAs("source") + "|" + r.getAs("source_file") + "|" + r.getAs("line_no"), r.getAs("reason_code"));
      String detail = r.getAs("reason_detail");
      assertTrue(detail != null && !detail.isBlank(), r.toString());
      String raw = r.getAs("raw_record");
      assertTrue(raw == null || raw.length() <= SourceLines.KEPT_BYTES + 1000, "raw records stay small: " + r.getAs("source_file"));
    }
    assertEquals(expected, actual);
    Map<String, String> details = quarantine.stream().collect(Collectors.toMap(
        r -> r.getAs("source_file") + "|" + r.getAs("line_no"), r -> r.getAs("reason_detail")));
    assertTrue(details.get(K + "18.jsonl|2").startsWith(String.format("the line has %,d bytes", FIFTY_MB + 33)),
        details.get(K + "18.jsonl|2"));
    assertTrue(details.get(K + "16.jsonl.gz|3").contains("3,120 bytes after the end of the gzip stream"),
        details.get(K + "16.jsonl.gz|3"));
    assertTrue(details.get(K + "15.jsonl|2").contains("byte 0xE9"), details.get(K + "15.jsonl|2"));
    assertTrue(details.get("c_utf16.csv|0").contains("UTF-16BE without a byte order mark"), details.get("c_utf16.csv|0"));
    assertTrue(details.get(K + "14.jsonl|0").contains("UTF-16LE (byte order mark FF FE)"), details.get(K + "14.jsonl|0"));
    // the Latin-1 line keeps its bytes (as ISO-8859-1 characters)
    assertTrue(quarantine.stream().anyMatch(r -> String.valueOf((Object) r.getAs("raw_record")).contains("2.1.0-caf\u00e9")));

    // 4. The readable lines of the bad files are kept; nothing stored before changed.
    Map<String, List<String>> after = tables(lake);
    for (String table : before.keySet()) {
      Set<String> now = new HashSet<>(after.get(table));
      for (String row : before.get(table)) {
        assertTrue(now.contains(row), table + " lost or changed " + row);
      }
    }
    Set<String> events = Fixtures.rows(spark, lake, LakeTables.SILVER_KIOSK_EVENTS).stream()
        .map(r -> (String) r.getAs("event_id")).collect(Collectors.toSet());
    assertEquals(Set.of("g1", "g2", "l1", "z1", "z2", "b1", "b3", "m1", "m2"), events);
    Set<String> ages = Fixtures.rows(spark, lake, "silver/population").stream()
        .map(r -> r.getAs("sex") + "" + r.getAs("age")).collect(Collectors.toSet());
    assertEquals(Set.of("L30", "P100", "L32", "L33", "P34"), ages);
    assertEquals(s.total().linesRead(), s.total().accepted() + s.total().quarantined() + s.total().duplicates());

    // 5. Ingesting the corpus again changes nothing (the directories are reported again, not doubled).
    IngestSummary again = ingest(bad, lake);
    assertEquals(2, again.total().filesRead(), "only the two directories are looked at again");
    assertEquals(after, tables(lake));
  }

  /** Every table of the lake as sorted row strings, run ids and timestamps included. */
  private Map<String, List<String>> tables(Path lake) {
    Map<String, List<String>> m = new TreeMap<>();
    for (String t : List.of(LakeTables.BRONZE_KIOSK_LINES, LakeTables.SILVER_KIOSK_EVENTS,
        LakeTables.QUARANTINE_RECORDS, LakeTables.SYSTEM_INGESTED_FILES,
        "silver/population", "bronze/population_lines")) {
      m.put(t, Fixtures.snapshot(spark, lake, t));
    }
    return m;
  }

  private static String ok(String id) {
    return Lines.event(id, "t" + id, "IN_PROCESS", "2024-03-10T09:00:00+07:00");
  }

  private static byte[] binary() {
    byte[] bytes = new byte[20_000];
    new Random(7).nextBytes(bytes);
    bytes[100] = 0;
    return bytes;
  }

  private static byte[] gzipOf(byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
      gz.write(content);
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  /** {@code before}, a line of {@code prefix} and then x's up to 50 MB plus the prefix, and {@code after}; streamed. */
  private static void writeWithLongLine(Path file, String before, String prefix, String after) throws IOException {
    try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      out.write((before + "\n" + prefix).getBytes(StandardCharsets.UTF_8));
      byte[] x = new byte[1 << 20];
      Arrays.fill(x, (byte) 'x');
      for (int i = 0; i < 50; i++) {
        out.write(x);
      }
      out.write(("\n" + after + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }
}
