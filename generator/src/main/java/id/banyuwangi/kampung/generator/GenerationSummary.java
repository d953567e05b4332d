package id.banyuwangi.kampung.generator;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link SourceGenerator#generate} wrote, over all sources.
 *
 * @param filesWritten source files written (ground truth files not counted)
 * @param linesWritten records in them
 * @param badRecordsByKind injected bad records by kind (every one of
 *     {@link FaultTruth#allKinds}, 0 where none), as listed in the truth files: truncated files
 *     count one each
 * @param sources per-source figures, in writing order
 * @param elapsed wall-clock time of the run (not part of {@code summary.json}, which must be
 *     deterministic)
 */
public record GenerationSummary(GeneratorConfig config, long filesWritten, long linesWritten,
    Map<String, Long> badRecordsByKind, List<SourceResult> sources, Duration elapsed) {

  public GenerationSummary {
    badRecordsByKind = FaultTruth.completeCounts(badRecordsByKind, FaultTruth.allKinds());
    sources = List.copyOf(sources);
  }

  static GenerationSummary of(GeneratorConfig config, List<SourceResult> sources, Duration elapsed) {
    long files = 0;
    long lines = 0;
    Map<String, Long> bad = new LinkedHashMap<>();
    for (SourceResult s : sources) {
      files += s.filesWritten();
      lines += s.linesWritten();
      s.badRecordsByKind().forEach((k, v) -> bad.merge(k, v, Long::sum));
    }
    return new GenerationSummary(config, files, lines, bad, sources, elapsed);
  }

  public long badRecords() {
    return badRecordsByKind.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Bad records per line written. */
  public double badRecordRate() {
    return linesWritten == 0 ? 0 : (double) badRecords() / linesWritten;
  }

  public SourceResult source(String name) {
    return sources.stream().filter(s -> s.source().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no source " + name));
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    b.append(String.format("Generated %s .. %s, scale %s, seed %d into %s%n", config.from(),
        config.to(), config.scale(), config.seed(), config.out()));
    b.append(String.format("  files written: %,d%n", filesWritten));
    b.append(String.format("  lines written: %,d%n", linesWritten));
    b.append(String.format("  bad records:   %,d (%.2f%% of lines)%n", badRecords(),
        100 * badRecordRate()));
    badRecordsByKind.forEach((k, v) -> b.append(String.format("    %-17s %,9d%n", k, v)));
    for (SourceResult s : sources) {
      b.append(String.format("  %s: %,d files, %,d lines%n", s.source(), s.filesWritten(),
          s.linesWritten()));
      s.stats().forEach((k, v) -> b.append(String.format("    %-28s %s%n", k,
          v instanceof Double d ? String.format("%.4f", d) : String.format("%,d", v.longValue()))));
    }
    if (elapsed != null) {
      b.append(String.format("  elapsed: %.1f s%n", elapsed.toMillis() / 1000.0));
    }
    return b.toString();
  }
}
