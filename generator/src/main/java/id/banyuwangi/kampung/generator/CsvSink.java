package id.banyuwangi.kampung.generator;

import id.banyuwangi.kampung.domain.lake.ReasonCode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Collects the files of one CSV source and writes its ground truth:
 * {@code _generator/<source>_faults.csv} ({@code source_file,line_no,kind}, line_no empty for a
 * MISSING_COLUMN file) and {@code _generator/<source>_replacements.csv}
 * ({@code source_file,line_no,key}: rows of correction files that replace an earlier row with the
 * same key; the key is the contract key's values joined by {@code |}).
 */
final class CsvSink {
  final CsvSpec spec;
  final GenerationContext ctx;
  final Path dir;
  private final List<CsvFile.Written> written = new ArrayList<>();
  /** Share of good rows followed by a random bad row (0 for sources with very few rows). */
  double rowFaultRate = CsvFile.ROW_FAULT_RATE;

  CsvSink(CsvSpec spec, GenerationContext ctx) throws IOException {
    this.spec = spec;
    this.ctx = ctx;
    this.dir = ctx.sourceDir(spec.source);
    Files.createDirectories(dir);
    Files.createDirectories(ctx.truthDir());
  }

  /** A new file with a seed-determined layout. */
  CsvFile file(String name) {
    SplittableRandom r = Seeds.rng(ctx.config().seed(), Seeds.CSV_LAYOUT, name.hashCode());
    return new CsvFile(spec, name, CsvFile.layout(spec, r), ctx.config().seed());
  }

  /** A new file in the contract's column order (correction files). */
  CsvFile standardFile(String name) {
    return new CsvFile(spec, name, CsvFile.standard(spec), ctx.config().seed());
  }

  /** A new file whose header lacks a required column. */
  CsvFile missingColumnFile(String name) {
    SplittableRandom r = Seeds.rng(ctx.config().seed(), Seeds.CSV_LAYOUT, name.hashCode(), 2);
    return new CsvFile(spec, name, CsvFile.missingColumn(spec, r), ctx.config().seed());
  }

  /**
   * Writes a late delivery on a form that lacks a required column (a MISSING_COLUMN file): the
   * first {@code count} of {@code rows}, each re-keyed by {@code rekey} so it collides with nothing.
   */
  void writeLateMissingColumnFile(String name, List<String[]> rows, int count,
      java.util.function.UnaryOperator<String[]> rekey) throws IOException {
    CsvFile late = missingColumnFile(name);
    for (int i = 0; i < Math.min(count, rows.size()); i++) {
      late.good(rekey.apply(rows.get(i).clone()));
    }
    write(late, List.of());
  }

  /** The fault stream of a file. */
  SplittableRandom faults(String name) {
    return Seeds.rng(ctx.config().seed(), Seeds.CSV_FAULTS, name.hashCode());
  }

  /** Injects faults (see {@link CsvFile#injectFaults}) and writes the file. */
  void write(CsvFile f, List<ReasonCode> forced) throws IOException {
    f.injectFaults(faults(f.name), forced, rowFaultRate);
    CsvFile.Written w = f.write(dir);
    synchronized (written) {
      written.add(w);
    }
  }

  /**
   * Which row-level kinds to force into which of {@code files} files: each kind of the source once
   * when the source has enough rows for them to stay about 1%, spread evenly over the files.
   */
  Map<Integer, List<ReasonCode>> forced(int files, long expectedRows) {
    Map<Integer, List<ReasonCode>> out = new LinkedHashMap<>();
    List<ReasonCode> kinds = spec.rowKinds;
    if (files == 0) {
      return out;
    }
    int n = expectedRows >= 100L * kinds.size() ? kinds.size()
        : (int) Math.max(2, Math.min(kinds.size(), Math.round(expectedRows * 0.01)));
    int offset = (int) Math.floorMod(ctx.config().seed() + ctx.config().from().getYear(),
        (long) kinds.size());
    for (int i = 0; i < n; i++) {
      int at = (int) ((i + 0.5) * files / n);
      out.computeIfAbsent(at, k -> new ArrayList<>())
          .add(kinds.get((i + offset) % kinds.size()));
    }
    return out;
  }

  /** Writes the truth files; returns the per-source result with the given stats. */
  SourceResult finish(Map<String, Number> stats) throws IOException {
    List<FaultTruth.Row> truth = new ArrayList<>();
    List<CsvFile.Replacement> repl = new ArrayList<>();
    long files = 0;
    long lines = 0;
    for (CsvFile.Written w : written) {
      files++;
      lines += w.rows();
      truth.addAll(w.truth());
      repl.addAll(w.replacements());
    }
    repl.sort(Comparator.comparing(CsvFile.Replacement::file)
        .thenComparingInt(CsvFile.Replacement::lineNo));
    Map<String, Long> bad = FaultTruth.write(ctx.truthDir().resolve(spec.source + "_faults.csv"),
        truth);
    try (Writer w = Files.newBufferedWriter(
        ctx.truthDir().resolve(spec.source + "_replacements.csv"), StandardCharsets.UTF_8)) {
      w.write("source_file,line_no,key\n");
      for (CsvFile.Replacement r : repl) {
        w.write(r.file() + "," + r.lineNo() + "," + r.key() + "\n");
      }
    }
    Map<String, Number> all = new LinkedHashMap<>(stats);
    all.put("replacement_rows", (long) repl.size());
    return new SourceResult(spec.source, files, lines, bad, all);
  }
}
