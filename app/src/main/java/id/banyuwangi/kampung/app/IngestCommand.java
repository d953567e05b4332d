package id.banyuwangi.kampung.app;

import id.banyuwangi.kampung.domain.person.Pseudonymizer;
import id.banyuwangi.kampung.ingestion.IngestJob;
import id.banyuwangi.kampung.ingestion.IngestOptions;
import id.banyuwangi.kampung.ingestion.IngestSummary;
import id.banyuwangi.kampung.ingestion.SourceCounts;
import java.time.Instant;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Run the Spark ingestion job: source files -> Delta bronze, silver and quarantine.",
      "Needs the pseudonymisation key in KAMPUNG_PSEUDONYM_KEY (or a file named by KAMPUNG_PSEUDONYM_KEY_FILE).",
      "Idempotent: ingesting the same files again changes nothing."
    })
final class IngestCommand implements Callable<Integer> {
  @Option(names = "--source", required = true, description = "Source directory or Hadoop URI holding kiosk/, population/, households/, posyandu/, schools/, msme/, bumdes/, idm/, indeks_desa/ (those present are ingested).")
  String source;

  @Option(names = "--lake", required = true, description = "Lake root (local directory or any Hadoop filesystem URI).")
  String lake;

  @Option(names = "--master", description = "Spark master URL (default: embedded local mode).")
  String master;

  @Override
  public Integer call() {
    System.out.println(report(ingest(source, lake, master, Pseudonymizer.fromEnvironment())));
    return 0;
  }

  /** The run's counts, one line per source (kiosk, population, households, ...), then the total. */
  static String report(IngestSummary summary) {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "ingest %s in %.1f s", summary.runId(),
        summary.elapsed().toMillis() / 1000.0));
    if (summary.bySource().isEmpty()) {
      return b.append(": no source directory (kiosk/, population/, ...) under --source").toString();
    }
    summary.bySource().forEach((source, counts) -> b.append(line(source, counts)));
    if (summary.bySource().size() > 1) {
      b.append(line("total", summary.total()));
    }
    return b.toString();
  }

  private static String line(String source, SourceCounts c) {
    return String.format(Locale.ROOT,
        "%n  %-11s %,5d files read, %,5d skipped; %,10d lines = %,10d accepted + %,8d quarantined + %,8d duplicates%s",
        source, c.filesRead(), c.filesSkipped(), c.linesRead(), c.accepted(), c.quarantined(), c.duplicates(),
        c.quarantinedByReason().isEmpty() ? "" : " " + new TreeMap<>(c.quarantinedByReason()));
  }

  static IngestSummary ingest(String source, String lake, String master, Pseudonymizer pseudonymizer) {
    ConsoleProgress progress = new ConsoleProgress();
    SparkSession spark = IngestJob.session(master);
    try {
      return IngestJob.run(spark, new IngestOptions(source, lake, master, Instant.now()), pseudonymizer, progress);
    } finally {
      progress.done();
      spark.stop();
    }
  }
}
