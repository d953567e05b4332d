package id.banyuwangi.kampung.generator;

import java.util.Map;

/**
 * What one {@link SourceWriter} wrote.
 *
 * @param filesWritten files under {@code out/<source>/}
 * @param linesWritten records a reader can get out of them (for a truncated gzip, only the lines
 *     before the break)
 * @param badRecordsByKind rows of the source's truth file by reason code ({@link FaultTruth#kinds}:
 *     every kind the source can have, 0 where none)
 * @param stats further figures of the source (insertion order kept), for the summary
 */
public record SourceResult(String source, long filesWritten, long linesWritten,
    Map<String, Long> badRecordsByKind, Map<String, Number> stats) {
  public SourceResult {
    badRecordsByKind = FaultTruth.completeCounts(badRecordsByKind, FaultTruth.kinds(source));
    stats = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stats));
  }

  public long badRecords() {
    return badRecordsByKind.values().stream().mapToLong(Long::longValue).sum();
  }
}
