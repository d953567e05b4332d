package id.banyuwangi.kampung.ingestion;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;

import id.banyuwangi.kampung.domain.person.Pseudonymizer;
import id.banyuwangi.kampung.domain.progress.Progress;
import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapFunction;
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
 * The kiosk ingestion job (contract section 1): {@code <source>/kiosk/*.jsonl[.gz]} -> Delta
 * {@code bronze/kiosk_lines}, {@code quarantine/records}, {@code silver/kiosk_events},
 * {@code silver/service_requests}, {@code _system/ingested_files}, {@code _system/ingest_runs}.
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

  /** Runs one ingestion of the kiosk files under {@code options.sourceUri()/kiosk}. */
  public static IngestSummary run(SparkSession spark, IngestOptions options,
      Pseudonymizer pseudonymizer, Progress progress) {
    return new Run(spark, options, pseudonymizer, progress == null ? Progress.NONE : progress).execute();
  }

  /** The state of one run. */
  private static final class Run {
    private final SparkSession spark;
    private final IngestOptions options;
    private final Pseudonymizer pseudonymizer;
    private final Progress progress;
    private final Instant startedAt = Instant.now();
    private final long t0 = System.nanoTime();
    private final String runId;
    private final Configuration hadoop;

    Run(SparkSession spark, IngestOptions options, Pseudonymizer pseudonymizer, Progress progress) {
      this.spark = spark;
      this.options = options;
      this.pseudonymizer = pseudonymizer;
      this.progress = progress;
      this.runId = "kiosk-" + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
          .withZone(ZoneOffset.UTC).format(startedAt) + "-" + UUID.randomUUID().toString().substring(0, 8);
      this.hadoop = spark.sparkContext().hadoopConfiguration();
    }

    private String table(String name) {
      return LakeTables.path(options.lakeUri(), name);
    }

    IngestSummary execute() {
      // Runtime settings this job relies on, also when the caller built the session.
      spark.conf().set("spark.databricks.delta.properties.defaults.enableDeletionVectors", "false");
      spark.conf().set("spark.databricks.delta.merge.repartitionBeforeWrite.enabled", "true");
      LakeTables.ensureAll(spark, options.lakeUri());

      List<FileStatus> listed = listKioskFiles();
      phase("tables ready, " + listed.size() + " files listed");
      progress.start("kiosk files", listed.size());
      List<FileStatus> toRead = filesToRead(listed);
      phase("skip check");
      long skipped = listed.size() - toRead.size();
      progress.step(skipped);
      LOG.info("run {}: {} kiosk files listed, {} already ingested, {} to read", runId,
          listed.size(), skipped, toRead.size());

      // MERGE sources come from the cached, deterministic batch: no need to materialise them again.
      String materialize = "spark.databricks.delta.merge.materializeSource";
      String previous = spark.conf().getOption(materialize).getOrElse(() -> null);
      spark.conf().set(materialize, "none");
      Counts counts;
      try {
        counts = toRead.isEmpty() ? new Counts() : ingest(toRead);
      } finally {
        if (previous == null) {
          spark.conf().unset(materialize);
        } else {
          spark.conf().set(materialize, previous);
        }
      }
      progress.done();

      IngestSummary summary = new IngestSummary(runId, toRead.size(), skipped, counts.linesRead,
          counts.accepted, counts.quarantined, counts.duplicates, counts.byReason,
          Duration.ofNanos(System.nanoTime() - t0));
      writeRun(summary);
      if (!summary.reconciles()) {
        throw new IllegalStateException("counts do not reconcile: " + summary);
      }
      LOG.info("{}", summary);
      return summary;
    }

    private List<FileStatus> listKioskFiles() {
      Path dir = new Path(options.sourceUri(), "kiosk");
      try {
        FileSystem fs = dir.getFileSystem(hadoop);
        if (!fs.exists(dir)) {
          LOG.warn("no kiosk directory at {}", dir);
          return List.of();
        }
        List<FileStatus> files = new ArrayList<>();
        for (FileStatus s : fs.listStatus(dir)) {
          String name = s.getPath().getName();
          if (s.isFile() && (name.endsWith(".jsonl") || name.endsWith(".jsonl.gz"))) {
            files.add(s);
          }
        }
        files.sort(Comparator.comparing(s -> s.getPath().getName()));
        return files;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + dir, e);
      }
    }

    /**
     * The files not yet ingested with the same content. Only a file with the same name and size as
     * an ingested one is hashed up front (in Spark tasks); new files are hashed while read.
     */
    private List<FileStatus> filesToRead(List<FileStatus> listed) {
      if (listed.isEmpty()) {
        return listed;
      }
      Map<String, Row> known = new HashMap<>();
      for (Row r : DeltaTable.forPath(spark, table(LakeTables.SYSTEM_INGESTED_FILES)).toDF()
          .filter(col("source").equalTo(SOURCE))
          .select("source_file", "size_bytes", "sha256").collectAsList()) {
        known.put(r.getString(0), r);
      }
      List<Row> candidates = new ArrayList<>();
      for (FileStatus s : listed) {
        Row k = known.get(s.getPath().getName());
        if (k != null && !k.isNullAt(1) && k.getLong(1) == s.getLen()) {
          candidates.add(RowFactory.create(s.getPath().toString(), s.getPath().getName()));
        }
      }
      Set<String> unchanged = new HashSet<>();
      if (!candidates.isEmpty()) {
        HadoopConf conf = new HadoopConf(hadoop);
        StructType schema = new StructType().add("path", DataTypes.StringType).add("name", DataTypes.StringType);
        int parts = Math.max(1, Math.min(candidates.size(), spark.sparkContext().defaultParallelism() * 4));
        List<Row> hashes = spark.createDataFrame(candidates, schema).repartition(parts)
            .map((MapFunction<Row, Row>) r -> RowFactory.create(r.getString(1), KioskFileReader.sha256(conf, r.getString(0))),
                Encoders.row(new StructType().add("name", DataTypes.StringType).add("sha256", DataTypes.StringType)))
            .collectAsList();
        for (Row h : hashes) {
          if (h.getString(1).equals(known.get(h.getString(0)).getString(2))) {
            unchanged.add(h.getString(0));
          }
        }
      }
      return listed.stream().filter(s -> !unchanged.contains(s.getPath().getName())).toList();
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
      int parts = Math.max(1, Math.min(files.size(),
          Math.max(spark.sparkContext().defaultParallelism() * 2, (files.size() + 99) / 100)));
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

        // 3. Bronze: every line as received.
        Set<String> fileMonths = fileFacts.stream().map(r -> r.getString(1)).collect(Collectors.toCollection(TreeSet::new));
        Dataset<Row> bronze = batch.filter(col("kind").equalTo(KioskFileReader.KIND_LINE))
            .select(col("source_file"), col("line_no"), col("raw_line"),
                lit(runId).as("ingest_run_id"), ts.startedAt().as("ingested_at"), col("file_month"))
            .repartition(col("file_month"));
        DeltaTable.forPath(spark, table(LakeTables.BRONZE_KIOSK_LINES)).as("t")
            .merge(bronze.as("s"), "t.source_file = s.source_file AND t.line_no = s.line_no AND t.file_month IN ("
                + literals(fileMonths) + ")")
            .whenNotMatched().insertAll()
            .execute();
        phase("bronze merge");

        // 4. Quarantine: every rejected line and every truncation.
        if (counts.quarantined > 0) {
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
          phase("quarantine merge");
        }

        // 5. Silver events: first occurrence per event_id in the batch, new to silver.
        if (valid > 0) {
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
              .repartition(col("event_month"))
              .persist(StorageLevel.MEMORY_AND_DISK());
          try {
            DeltaTable silver = DeltaTable.forPath(spark, table(LakeTables.SILVER_KIOSK_EVENTS));
            long fresh = mergeCountingInserts(silver, () -> silver.as("t")
                .merge(firsts.as("s"), "t." + monthFilter + " AND t.event_id = s.event_id")
                .whenNotMatched().insertAll()
                .execute());
            counts.accepted = fresh;
            counts.duplicates = valid - fresh;
            phase("silver/kiosk_events merge (" + fresh + " new, months " + months + ")");
          } finally {
            firsts.unpersist();
          }

          // 6. Service requests: recompute every txn touched by this batch from all its events.
          updateServiceRequests(events.select("txn_id").distinct());
          phase("silver/service_requests upsert");
        }

        // 7. Only now are the files ingested.
        recordFiles(fileFacts);
        phase("ingested_files");
        return counts;
      } finally {
        batch.unpersist();
      }
    }

    private long lastPhase = System.nanoTime();

    private void phase(String what) {
      long now = System.nanoTime();
      LOG.info("run {}: {} in {} ms", runId, what, (now - lastPhase) / 1_000_000);
      lastPhase = now;
    }

    /**
     * Runs an insert-only MERGE tagged with this run's id as the commit's user metadata and returns
     * the rows it inserted, from the commit's metrics (0 when nothing was new: no commit).
     */
    private long mergeCountingInserts(DeltaTable target, Runnable merge) {
      String key = "spark.databricks.delta.commitInfo.userMetadata";
      String tag = runId + ":silver";
      spark.conf().set(key, tag);
      try {
        merge.run();
      } finally {
        spark.conf().unset(key);
      }
      for (Row h : target.history(20).select("userMetadata", "operationMetrics").collectAsList()) {
        if (tag.equals(h.getString(0))) {
          scala.collection.Map<String, String> metrics = h.getMap(1);
          return Long.parseLong(metrics.get("numTargetRowsInserted").getOrElse(() -> "0"));
        }
      }
      return 0;
    }

    private void updateServiceRequests(Dataset<Row> touched) {
      Dataset<Row> events = DeltaTable.forPath(spark, table(LakeTables.SILVER_KIOSK_EVENTS)).toDF()
          .join(org.apache.spark.sql.functions.broadcast(touched), "txn_id")
          .withColumn("_rank", expr("CASE event_type WHEN 'SUBMITTED' THEN 0 WHEN 'IN_PROCESS' THEN 1 ELSE 2 END"))
          .withColumn("_order", expr("named_struct('at', event_at, 'rank', _rank, 'id', event_id)"));
      Dataset<Row> requests = events.groupBy("txn_id").agg(
              expr("min_by(named_struct('village_code', village_code, 'kiosk_id', kiosk_id,"
                  + " 'service_code', service_code, 'channel', channel, 'citizen_sex', citizen_sex,"
                  + " 'at', event_at), CASE WHEN event_type = 'SUBMITTED' THEN named_struct('at', event_at, 'id', event_id) END)").as("sub"),
              expr("max_by(named_struct('type', event_type, 'at', event_at, 'village_code', village_code,"
                  + " 'kiosk_id', kiosk_id), _order)").as("last"),
              expr("max_by(rating, CASE WHEN rating IS NOT NULL THEN _order END)").as("rating"),
              expr("max_by(fee_idr, CASE WHEN fee_idr IS NOT NULL THEN _order END)").as("fee_idr"),
              expr("CAST(count(*) AS INT)").as("event_count"))
          .select(
              col("txn_id"),
              expr("coalesce(sub.village_code, last.village_code)").as("village_code"),
              expr("coalesce(sub.kiosk_id, last.kiosk_id)").as("kiosk_id"),
              expr("sub.service_code").as("service_code"),
              expr("sub.channel").as("channel"),
              expr("sub.citizen_sex").as("citizen_sex"),
              expr("sub.at").as("submitted_at"),
              expr("last.type").as("state"),
              expr("last.at").as("state_at"),
              expr("CASE WHEN last.type = 'COMPLETED' THEN last.at END").as("completed_at"),
              expr("CASE WHEN last.type IN ('COMPLETED', 'REJECTED', 'CANCELLED') THEN last.at END").as("terminal_at"),
              col("rating"),
              col("fee_idr"),
              col("event_count"),
              lit(runId).as("updated_run_id"));
      String unchanged = java.util.Arrays.stream(LakeTables.SILVER_SERVICE_REQUESTS_SCHEMA.fieldNames())
          .filter(f -> !f.equals("txn_id") && !f.equals("updated_run_id"))
          .map(f -> "t." + f + " <=> s." + f)
          .collect(Collectors.joining(" AND "));
      DeltaTable.forPath(spark, table(LakeTables.SILVER_SERVICE_REQUESTS)).as("t")
          .merge(requests.as("s"), "t.txn_id = s.txn_id")
          .whenMatched("NOT (" + unchanged + ")").updateAll()
          .whenNotMatched().insertAll()
          .execute();
    }

    private void recordFiles(List<Row> fileFacts) {
      List<Row> rows = fileFacts.stream()
          .map(r -> RowFactory.create(SOURCE, r.getString(0), r.getLong(4), r.getString(3), r.getLong(2), runId))
          .toList();
      Dataset<Row> files = spark.createDataFrame(rows, LakeTables.SYSTEM_INGESTED_FILES_SCHEMA);
      DeltaTable.forPath(spark, table(LakeTables.SYSTEM_INGESTED_FILES)).as("t")
          .merge(files.as("s"), "t.source = s.source AND t.source_file = s.source_file")
          .whenMatched("NOT (t.sha256 <=> s.sha256 AND t.size_bytes <=> s.size_bytes)").updateAll()
          .whenNotMatched().insertAll()
          .execute();
    }

    private void writeRun(IngestSummary s) {
      Instant finished = Instant.now();
      spark.range(1).select(
              lit(s.runId()).as("run_id"), lit(SOURCE).as("source"),
              lit(startedAt).cast(DataTypes.TimestampType).as("started_at"),
              lit(finished).cast(DataTypes.TimestampType).as("finished_at"),
              lit(s.filesRead()).as("files_read"), lit(s.filesSkipped()).as("files_skipped"),
              lit(s.linesRead()).as("lines_read"), lit(s.accepted()).as("accepted"),
              lit(s.quarantined()).as("quarantined"), lit(s.duplicates()).as("duplicates"))
          .write().format("delta").mode("append").save(table(LakeTables.SYSTEM_INGEST_RUNS));
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

  /** Reports files read as tasks finish, from a driver thread polling the accumulator. */
  private static final class ProgressPoller implements AutoCloseable {
    private final LongAccumulator acc;
    private final Progress progress;
    private final AtomicLong reported = new AtomicLong();
    private final long limit;
    private final ScheduledExecutorService timer;

    ProgressPoller(LongAccumulator acc, Progress progress, long limit) {
      this.acc = acc;
      this.limit = limit;
      this.progress = progress;
      this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kiosk-ingest-progress");
        t.setDaemon(true);
        return t;
      });
      timer.scheduleAtFixedRate(this::report, 200, 200, TimeUnit.MILLISECONDS);
    }

    private synchronized void report() {
      // A retried task or a recomputed cache partition counts again: never report past the total.
      long now = Math.min(acc.value(), limit);
      long delta = now - reported.get();
      if (delta > 0) {
        reported.addAndGet(delta);
        progress.step(delta);
      }
    }

    @Override
    public void close() {
      timer.shutdownNow();
      report();
    }
  }
}
