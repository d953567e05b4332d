package id.banyuwangi.kampung.app;

import id.banyuwangi.kampung.domain.person.Pseudonymizer;
import id.banyuwangi.kampung.ingestion.IngestJob;
import id.banyuwangi.kampung.ingestion.IngestOptions;
import id.banyuwangi.kampung.ingestion.IngestSummary;
import java.time.Instant;
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
  @Option(names = "--source", required = true, description = "Source directory or Hadoop URI holding kiosk/, ...")
  String source;

  @Option(names = "--lake", required = true, description = "Lake root (local directory or any Hadoop filesystem URI).")
  String lake;

  @Option(names = "--master", description = "Spark master URL (default: embedded local mode).")
  String master;

  @Override
  public Integer call() {
    System.out.println(ingest(source, lake, master, Pseudonymizer.fromEnvironment()));
    return 0;
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
