package id.banyuwangi.kampung.generator;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** Test helper: the lines of a kiosk file as a reader gets them, and whether the gzip broke. */
record KioskLines(Path file, List<String> lines, boolean truncated) {

  /**
   * Reads the decompressed bytes up to the end or up to the break of a truncated gzip, then splits
   * them into lines; a fragment after the last newline of a broken file is not a line. (A
   * {@code BufferedReader} over the gzip stream would lose the lines it buffered when the break
   * throws.)
   */
  static KioskLines read(Path file) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    boolean truncated = false;
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
      byte[] buf = new byte[8192];
      int n;
      while ((n = in.read(buf)) > 0) {
        bytes.write(buf, 0, n);
      }
    } catch (EOFException e) {
      truncated = true;
    }
    String text = bytes.toString(StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      lines.add(text.substring(start, nl));
      start = nl + 1;
    }
    if (start < text.length() && !truncated) {
      lines.add(text.substring(start));
    }
    return new KioskLines(file, lines, truncated);
  }

  /** All kiosk files in name order. */
  static List<Path> files(Path out) throws IOException {
    try (Stream<Path> s = Files.list(out.resolve("kiosk"))) {
      return s.sorted().toList();
    }
  }

  String name() {
    return file.getFileName().toString();
  }

  /** {@code KSK-..._YYYYMMDD} without the extension. */
  String stem() {
    String n = name();
    return n.substring(0, n.indexOf(".jsonl"));
  }
}
