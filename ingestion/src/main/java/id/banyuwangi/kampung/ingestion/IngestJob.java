package id.banyuwangi.kampung.ingestion;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;

import id.banyuwangi.kampung.domain.person.Pseudonymizer;
import id.banyuwangi.kampung.domain.progress.Progress;
import io.delta.tables.DeltaTable;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingestion job: every source under {@code --source} in one run. The kiosk source (contract
 * section 1): {@code <source>/kiosk/*.jsonl[.gz]} -> Delta {@code bronze/kiosk_lines},
 * {@code quarantine/records}, {@code silver/kiosk_events},
 * {@code _system/ingested_files}, {@code _system/ingest_runs}; the CSV sources (sections 2-8) are
 * {@link CsvIngest}'s.
 *
 * <p>One pass over the new input: files are listed on the driver, those already ingested with the
 * same sha256 are skipped, the rest are read in Spark tasks through the Hadoop FileSystem and
 * codec, parsed and validated per line, and cached. Every write is an insert-only MERGE (or an
 * upsert for the request state), so a rerun or a crash mid-run is safe; a file is recorded as
 * ingested only after silver and quarantine are committed.
 */
public final class IngestJob {
  public static final String SOURCE = "kiosk";
  private static final Logger LOG = LoggerFactory.getLogger(IngestJob.class);

  private IngestJob() {}

  /**
   * A session with the Delta extensions, UTC session time zone, UI off. {@code master} null means
   * the one spark-submit gives ({@code spark.master}) or else {@code local[*]}.
   */
  public static SparkSession session(String master) {
    String effective = master != null ? master : System.getProperty("spark.master");
    SparkSession.Builder b = SparkSession.builder().appName("kampung-ingest-kiosk");
    if (effective == null) {
      effective = "local[*]";
    }
    if (master != null || System.getProperty("spark.master") == null) {
      b = b.master(effective);
    }
    b = b.config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
        .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.databricks.delta.properties.defaults.enableDeletionVectors", "false")
        .config("spark.databricks.delta.merge.repartitionBeforeWrite.enabled", "true");
    if (effective.startsWith("local")) {
      int threads = localThreads(effective);
      b = b.config("spark.sql.shuffle.partitions", Integer.toString(Math.max(2, threads * 2)))
          .config("spark.default.parallelism", Integer.toString(Math.max(2, threads * 2)))
          .config("spark.databricks.delta.snapshotPartitions", Integer.toString(Math.max(1, threads)))
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.driver.host", "127.0.0.1");
    }
    return b.getOrCreate();
  }

  private static int localThreads(String master) {
    int cores = Runtime.getRuntime().availableProcessors();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("local\\[(\\d+|\\*)").matcher(master);
    if (!m.find()) {
      return 1;
    }
    return "*".equals(m.group(1)) ? cores : Integer.parseInt(m.group(1));
  }

  /**
   * Runs one ingestion of every source present under {@code options.sourceUri()}: the kiosk files
   * ({@code kiosk/}) and the CSV sources ({@code population/}, {@code households/}, ...). One run id
   * for all; one {@code _system/ingest_runs} row per source whose directory exists.
   */
  public static IngestSummary run(SparkSession spark, IngestOptions options,
      Pseudonymizer pseudonymizer, Progress progress) {
    IngestPreflight.check(options, spark.sparkContext().hadoopConfiguration());
    Progress p = progress == null ? Progress.NONE : progress;
    Instant startedAt = Instant.now();
    long t0 = System.nanoTime();
    String runId = "ingest-" + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
        .withZone(ZoneOffset.UTC).format(startedAt) + "-" + UUID.randomUUID().toString().substring(0, 8);
    // Runtime settings this job relies on, also when the caller built the session.
    spark.conf().set("spark.databricks.delta.properties.defaults.enableDeletionVectors", "false");
    spark.conf().set("spark.databricks.delta.merge.repartitionBeforeWrite.enabled", "true");
    LakeTables.keepCompact(spark);
    LakeTables.ensureAll(spark, options.lakeUri());
    LOG.info("run {}: shared tables ensured in {} ms", runId, (System.nanoTime() - t0) / 1_000_000);

    // MERGE sources come from cached, deterministic batches: no need to materialise them again.
    String materialize = "spark.databricks.delta.merge.materializeSource";
    String previous = spark.conf().getOption(materialize).getOrElse(() -> null);
    spark.conf().set(materialize, "none");
    Map<String, SourceCounts> bySource = new LinkedHashMap<>();
    try {
      IngestStep.RunContext run = new IngestStep.RunContext(spark, options, pseudonymizer, p, runId, startedAt);
      SourceCounts kiosk = new Run(run).execute();
      if (kiosk != null) {
        bySource.put(SOURCE, kiosk);
      }
      bySource.putAll(new CsvIngest(run).execute());
    } finally {
      if (previous == null) {
        spark.conf().unset(materialize);
      } else {
        spark.conf().set(materialize, previous);
      }
    }
    IngestSummary summary = new IngestSummary(runId, bySource, Duration.ofNanos(System.nanoTime() - t0));
    writeRuns(spark, options.lakeUri(), summary, startedAt);
    if (!summary.reconciles()) {
      throw new IllegalStateException("counts do not reconcile: " + summary);
    }
    LOG.info("{}", summary);
    return summary;
  }

  /** One {@code _system/ingest_runs} row per source of the run, in one commit. */
  private static void writeRuns(SparkSession spark, String lakeUri, IngestSummary s, Instant startedAt) {
    if (s.bySource().isEmpty()) {
      return;
    }
    java.sql.Timestamp started = java.sql.Timestamp.from(startedAt);
    java.sql.Timestamp finished = java.sql.Timestamp.from(Instant.now());
    List<Row> rows = new ArrayList<>();
    s.bySource().forEach((source, c) -> rows.add(RowFactory.create(s.runId(), source, started, finished,
        c.filesRead(), c.filesSkipped(), c.linesRead(), c.accepted(), c.quarantined(), c.duplicates())));
    spark.createDataFrame(rows, LakeTables.SYSTEM_INGEST_RUNS_SCHEMA)
        .write().format("delta").mode("append").save(LakeTables.path(lakeUri, LakeTables.SYSTEM_INGEST_RUNS));
  }

  /** The kiosk part of one run. */
  private static final class Run extends IngestStep {
    Run(RunContext run) {
      super(run);
    }

    /** Ingests the kiosk files; null when there is no kiosk directory. */
    SourceCounts execute() {
      Path dir = new Path(options.sourceUri(), SOURCE);
      List<FileStatus> listed = SourceFiles.list(hadoop, dir, name -> options.reads(SOURCE, name));
      if (listed == null) {
        LOG.info("no kiosk directory at {}", dir);
        return null;
      }
      phase(listed.size() + " kiosk files listed");
      progress.start("kiosk files", listed.size());
      LakeTables.ensureKiosk(spark, options.lakeUri());
      phase("kiosk tables ensured");
      List<FileStatus> toRead = SourceFiles.toRead(spark, options.lakeUri(), Map.of(SOURCE, listed)).get(SOURCE);
      phase("skip check");
      long skipped = listed.size() - toRead.size();
      progress.step(skipped);
      LOG.info("run {}: {} kiosk files listed, {} already ingested, {} to read", runId,
          listed.size(), skipped, toRead.size());
      Counts counts = toRead.isEmpty() ? new Counts() : ingest(toRead);
      progress.done();
      return new SourceCounts(toRead.size(), skipped, counts.linesRead, counts.accepted,
          counts.quarantined, counts.duplicates, counts.byReason);
    }

    private static final class Counts {
      long linesRead;
      long accepted;
      long quarantined;
      long duplicates;
      Map<String, Long> byReason = new LinkedHashMap<>();
    }

    private Counts ingest(List<FileStatus> files) {
      Timestamps ts = new Timestamps(startedAt);
      // 1. Read and parse every file in tasks: one pass over the input, cached.
      List<Row> fileRows = files.stream()
          .map(s -> RowFactory.create(s.getPath().toString(), s.getPath().getName())).toList();
      StructType fileSchema = new StructType().add("path", DataTypes.StringType).add("name", DataTypes.StringType);
      int parts = SourceFiles.readTasks(spark, files.size());
      LongAccumulator filesDone = spark.sparkContext().longAccumulator("kiosk files read");
      Dataset<Row> raw = spark.createDataFrame(fileRows, fileSchema).repartition(parts)
          .mapPartitions(new KioskFileReader(new HadoopConf(hadoop), pseudonymizer, options.now(), filesDone),
              Encoders.row(KioskFileReader.SCHEMA));
      Dataset<Row> batch = raw
          .withColumn("event_at", expr("timestamp_micros(event_at_us)"))
          .withColumn("citizen_birth_date", expr("date_from_unix_date(birth_days)"))
          .persist(StorageLevel.MEMORY_AND_DISK());
      try {
        // 2. Counts, event months and file facts (the first action reads the files).
        Counts counts = new Counts();
        Set<String> months = new TreeSet<>();
        List<Row> fileFacts;
        try (ProgressPoller poller = new ProgressPoller(filesDone, progress, files.size())) {
          for (Row r : batch.filter(col("kind").notEqual(KioskFileReader.KIND_FILE))
              .groupBy(col("reason_code"), col("event_month")).count().collectAsList()) {
            long n = r.getLong(2);
            counts.linesRead += n;
            if (!r.isNullAt(0)) {
              counts.quarantined += n;
              counts.byReason.merge(r.getString(0), n, Long::sum);
            } else if (!r.isNullAt(1)) {
              months.add(r.getString(1));
            }
          }
          fileFacts = batch.filter(col("kind").equalTo(KioskFileReader.KIND_FILE))
              .select("source_file", "file_month", "line_no", "sha256", "size_bytes").collectAsList();
        }
        long valid = counts.linesRead - counts.quarantined;
        phase("read+parse " + files.size() + " files, " + counts.linesRead + " lines");

        // 3-6. Bronze, quarantine and silver (then the request state) are different tables: their
        // writes are independent and run side by side (much of a Delta write is driver work).
        Set<String> fileMonths = fileFacts.stream().map(r -> r.getString(1)).collect(Collectors.toCollection(TreeSet::new));
        List<Runnable> writes = new ArrayList<>();
        writes.add(() -> timed("bronze merge", () -> mergeBronze(batch, fileMonths, ts)));
        if (counts.quarantined > 0) {
          writes.add(() -> timed("quarantine merge", () -> mergeQuarantine(batch, ts)));
        }
        if (valid > 0) {
          writes.add(() -> mergeSilver(batch, months, valid, counts));
        }
        SideBySideWrites.run(writes);
        phase("bronze, quarantine and silver writes");

        // 7. Only now are the files ingested.
        recordFiles(fileFacts);
        phase("ingested_files");
        return counts;
      } finally {
        batch.unpersist();
      }
    }

    /** Bronze: every line as received (insert-only: a rerun adds nothing). */
    private void mergeBronze(Dataset<Row> batch, Set<String> fileMonths, Timestamps ts) {
      Dataset<Row> bronze = batch.filter(col("kind").equalTo(KioskFileReader.KIND_LINE))
          .select(col("source_file"), col("line_no"), col("raw_line"),
              lit(runId).as("ingest_run_id"), ts.startedAt().as("ingested_at"), col("file_month"))
          .repartition(col("file_month"));
      DeltaTable.forPath(spark, table(LakeTables.BRONZE_KIOSK_LINES)).as("t")
          .merge(bronze.as("s"), "t.source_file = s.source_file AND t.line_no = s.line_no AND t.file_month IN ("
              + literals(fileMonths) + ")")
          .whenNotMatched().insertAll()
          .execute();
    }

    /** Quarantine: every rejected line and every truncation. */
    private void mergeQuarantine(Dataset<Row> batch, Timestamps ts) {
      Dataset<Row> rejected = batch
          .filter(col("kind").notEqual(KioskFileReader.KIND_FILE).and(col("reason_code").isNotNull()))
          .select(lit(SOURCE).as("source"), col("source_file"), col("line_no"), col("reason_code"),
              col("reason_detail"), col("raw_line").as("raw_record"), lit(runId).as("ingest_run_id"),
              ts.startedAt().as("quarantined_at"));
      DeltaTable.forPath(spark, table(LakeTables.QUARANTINE_RECORDS)).as("t")
          .merge(rejected.as("s"), "t.source = '" + SOURCE + "' AND t.source = s.source"
              + " AND t.source_file = s.source_file AND t.line_no = s.line_no")
          .whenNotMatched().insertAll()
          .execute();
    }

    /**
     * Silver events: the first occurrence per event_id in the batch, new to silver (the duplicate
     * check reads only the batch's event months).
     */
    private void mergeSilver(Dataset<Row> batch, Set<String> months, long valid, Counts counts) {
      long t0 = System.nanoTime();
      Dataset<Row> events = batch
          .filter(col("kind").equalTo(KioskFileReader.KIND_LINE).and(col("reason_code").isNull()));
      String monthFilter = "event_month IN (" + literals(months) + ")";
      Column[] silverColumns = java.util.Arrays.stream(LakeTables.SILVER_KIOSK_EVENTS_SCHEMA.fieldNames())
          .map(f -> f.equals("ingest_run_id") ? lit(runId).as(f) : col(f)).toArray(Column[]::new);
      Dataset<Row> firsts = events
          .withColumn("_rn", org.apache.spark.sql.functions.row_number().over(
              Window.partitionBy("event_id").orderBy(col("source_file"), col("line_no"))))
          .filter(col("_rn").equalTo(1))
          .select(silverColumns)
          .repartition(col("event_month"));
      long fresh = insertedRows(DeltaTable.forPath(spark, table(LakeTables.SILVER_KIOSK_EVENTS)).as("t")
          .merge(firsts.as("s"), "t." + monthFilter + " AND t.event_id = s.event_id")
          .whenNotMatched().insertAll()
          .execute());
      counts.accepted = fresh;
      counts.duplicates = valid - fresh;
      LOG.info("run {}: silver/kiosk_events merge ({} new, months {}) in {} ms", runId, fresh, months,
          (System.nanoTime() - t0) / 1_000_000);
      // A request's state (its latest event) is the warehouse's int_request_lifecycle model, over
      // all of a request's events: the lifecycle rule is written once, in SQL.
    }

    /** The rows a MERGE inserted, from the metrics row {@code execute()} returns. */
    private static long insertedRows(Dataset<Row> metrics) {
      Row m = metrics.first();
      Object n = m.getAs("num_inserted_rows");
      return n == null ? 0 : ((Number) n).longValue();
    }

    private void recordFiles(List<Row> fileFacts) {
      SourceFiles.record(spark, options.lakeUri(), fileFacts.stream()
          .map(r -> RowFactory.create(SOURCE, r.getString(0), r.getLong(4), r.getString(3), r.getLong(2), runId))
          .toList());
    }
  }

  /** SQL string literals of known-safe values (months computed by this job). */
  private static String literals(Set<String> values) {
    if (values.isEmpty()) {
      return "NULL";
    }
    return values.stream().map(v -> "'" + v.replace("'", "''") + "'").collect(Collectors.joining(", "));
  }

  /** Run-level timestamps as Spark literals. */
  private record Timestamps(Instant started) {
    Column startedAt() {
      return lit(started).cast(DataTypes.TimestampType);
    }
  }
}
