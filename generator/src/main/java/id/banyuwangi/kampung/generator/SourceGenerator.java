package id.banyuwangi.kampung.generator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.banyuwangi.kampung.domain.progress.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Writes every source under {@code config.out()}: {@code out/<source>/...} for ingestion and
 * {@code out/_generator/} (ground truth: {@code <source>_faults.csv} and {@code summary.json}) for
 * tests. Deterministic: the same config yields byte-identical files. Generate into an empty
 * directory: files are overwritten, stale ones are not removed.
 */
public final class SourceGenerator {
  /** Ground-truth directory under {@code out/}, never read by ingestion. */
  public static final String TRUTH_DIR = "_generator";

  /** The source writers, in writing order; further sources are added here. */
  static final List<Supplier<SourceWriter>> WRITERS = List.of(KioskSourceWriter::new,
      PopulationSourceWriter::new, HouseholdSourceWriter::new, PosyanduSourceWriter::new,
      SchoolSourceWriter::new, MsmeSourceWriter::new, BumdesSourceWriter::new,
      IdmSourceWriter::new, IndeksDesaSourceWriter::new);

  private SourceGenerator() {}

  public static GenerationSummary generate(GeneratorConfig config, Progress progress)
      throws IOException {
    long started = System.nanoTime();
    Progress p = progress == null ? Progress.NONE : progress;
    GenerationContext context = GenerationContext.of(config);
    Files.createDirectories(context.truthDir());
    List<SourceResult> results = new ArrayList<>();
    for (Supplier<SourceWriter> writer : WRITERS) {
      results.add(writer.get().write(context, p));
    }
    GenerationSummary summary = GenerationSummary.of(config, results,
        Duration.ofNanos(System.nanoTime() - started));
    writeSummaryJson(summary, context.truthDir().resolve("summary.json"));
    return summary;
  }

  private static void writeSummaryJson(GenerationSummary s, Path file) throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("generator", "kampung-analytics generator");
    root.put("from", s.config().from().toString());
    root.put("to", s.config().to().toString());
    root.put("scale", s.config().scale());
    root.put("seed", s.config().seed());
    root.put("files_written", s.filesWritten());
    root.put("lines_written", s.linesWritten());
    root.put("bad_records", s.badRecords());
    ObjectNode bad = root.putObject("bad_records_by_kind");
    s.badRecordsByKind().forEach(bad::put);
    ObjectNode sources = root.putObject("sources");
    for (SourceResult r : s.sources()) {
      ObjectNode src = sources.putObject(r.source());
      src.put("files_written", r.filesWritten());
      src.put("lines_written", r.linesWritten());
      src.put("truth_file", r.source() + "_faults.csv");
      ObjectNode kinds = src.putObject("bad_records_by_kind");
      r.badRecordsByKind().forEach(kinds::put);
      ObjectNode stats = src.putObject("stats");
      r.stats().forEach((k, v) -> {
        if (v instanceof Double || v instanceof Float) {
          stats.put(k, Math.round(v.doubleValue() * 1e6) / 1e6);
        } else {
          stats.put(k, v.longValue());
        }
      });
    }
    String json = mapper.writeValueAsString(root) + "\n";
    Files.writeString(file, json.replace("\r\n", "\n"));
  }
}
