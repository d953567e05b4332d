package id.banyuwangi.kampung.ingestion;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Writing fixture files and reading lake tables back, for tests. */
final class Fixtures {
  private Fixtures() {}

  static Path kioskDir(Path source) throws IOException {
    return Files.createDirectories(source.resolve("kiosk"));
  }

  static Path writeJsonl(Path source, String name, List<String> lines) throws IOException {
    Path file = kioskDir(source).resolve(name);
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  static byte[] gzip(List<String> lines) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  static Path writeGzip(Path source, String name, List<String> lines) throws IOException {
    Path file = kioskDir(source).resolve(name);
    Files.write(file, gzip(lines));
    return file;
  }

  /** A gzip cut to {@code keep} of its bytes: a file whose upload broke off. */
  static Path writeTruncatedGzip(Path source, String name, List<String> lines, double keep) throws IOException {
    byte[] full = gzip(lines);
    Path file = kioskDir(source).resolve(name);
    Files.write(file, Arrays.copyOf(full, (int) (full.length * keep)));
    return file;
  }

  static List<Row> rows(SparkSession spark, Path lake, String table) {
    return spark.read().format("delta").load(lake.resolve(table).toString()).collectAsList();
  }

  /** A table's content as sorted strings, for before/after comparisons. */
  static List<String> snapshot(SparkSession spark, Path lake, String table) {
    List<String> out = new ArrayList<>();
    for (Row r : rows(spark, lake, table)) {
      out.add(r.toString());
    }
    Collections.sort(out);
    return out;
  }

  static long count(SparkSession spark, Path lake, String table) {
    return spark.read().format("delta").load(lake.resolve(table).toString()).count();
  }
}
