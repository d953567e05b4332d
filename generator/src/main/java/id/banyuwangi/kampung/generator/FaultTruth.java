package id.banyuwangi.kampung.generator;

import id.banyuwangi.kampung.domain.lake.ReasonCode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The ground truth of the injected bad records, {@code _generator/<source>_faults.csv}
 * ({@code source_file,line_no,kind}, line_no empty for a fault of the whole file). A kind is a
 * {@link ReasonCode} name, or for the kiosk {@link KioskFault#DUPLICATE_EVENT}.
 */
final class FaultTruth {
  /** One bad record: its file, its physical line (0 for the whole file) and its kind. */
  record Row(String file, int lineNo, String kind) {}

  private FaultTruth() {}

  /** The kinds a source can have: the kiosk's ({@link KioskFault#ALL}), or the CSV reason codes. */
  static List<String> kinds(String source) {
    return KioskSourceWriter.SOURCE.equals(source)
        ? KioskFault.ALL.stream().map(KioskFault::kind).toList()
        : ReasonCode.csv().stream().map(ReasonCode::name).toList();
  }

  /** Every kind: the kiosk's, then the further CSV reason codes. */
  static List<String> allKinds() {
    return Stream.concat(kinds(KioskSourceWriter.SOURCE).stream(),
        Stream.of(ReasonCode.values()).map(ReasonCode::name)).distinct().toList();
  }

  /** A count per kind of {@code kinds} (0 where absent), then any further kinds counted. */
  static Map<String, Long> completeCounts(Map<String, Long> counts, List<String> kinds) {
    Map<String, Long> all = new LinkedHashMap<>();
    for (String k : kinds) {
      all.put(k, counts.getOrDefault(k, 0L));
    }
    counts.forEach(all::putIfAbsent);
    return Collections.unmodifiableMap(all);
  }

  /** Writes {@code rows} sorted by file and line; returns the count per kind, in order met. */
  static Map<String, Long> write(Path file, List<Row> rows) throws IOException {
    List<Row> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.comparing(Row::file).thenComparingInt(Row::lineNo));
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("source_file,line_no,kind\n");
      for (Row t : sorted) {
        w.write(t.file() + "," + (t.lineNo() > 0 ? Integer.toString(t.lineNo()) : "") + ","
            + t.kind() + "\n");
        counts.merge(t.kind(), 1L, Long::sum);
      }
    }
    return counts;
  }
}
