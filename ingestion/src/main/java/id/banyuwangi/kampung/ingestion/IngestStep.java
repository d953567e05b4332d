package id.banyuwangi.kampung.ingestion;

import id.banyuwangi.kampung.domain.person.Pseudonymizer;
import id.banyuwangi.kampung.domain.progress.Progress;
import java.time.Instant;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the kiosk part and the CSV part of one run share: the run's settings, its id and phase logging. */
abstract class IngestStep {
  /** One run of {@link IngestJob#run}: every source of it uses the same id and start time. */
  record RunContext(SparkSession spark, IngestOptions options, Pseudonymizer pseudonymizer,
      Progress progress, String runId, Instant startedAt) {}

  final SparkSession spark;
  final IngestOptions options;
  final Pseudonymizer pseudonymizer;
  final Progress progress;
  final String runId;
  final Instant startedAt;
  final Configuration hadoop;
  private final Logger log = LoggerFactory.getLogger(getClass());
  private long lastPhase = System.nanoTime();

  IngestStep(RunContext run) {
    this.spark = run.spark();
    this.options = run.options();
    this.pseudonymizer = run.pseudonymizer();
    this.progress = run.progress();
    this.runId = run.runId();
    this.startedAt = run.startedAt();
    this.hadoop = spark.sparkContext().hadoopConfiguration();
  }

  /** The URI of a lake table. */
  String table(String name) {
    return LakeTables.path(options.lakeUri(), name);
  }

  /** Runs a step and logs its own wall time (unlike {@link #phase}, right when steps run side by side). */
  void timed(String what, Runnable step) {
    long t0 = System.nanoTime();
    step.run();
    log.info("run {}: {} in {} ms", runId, what, (System.nanoTime() - t0) / 1_000_000);
  }

  /** Logs a step's wall time since the previous one. */
  void phase(String what) {
    long now = System.nanoTime();
    log.info("run {}: {} in {} ms", runId, what, (now - lastPhase) / 1_000_000);
    lastPhase = now;
  }
}
