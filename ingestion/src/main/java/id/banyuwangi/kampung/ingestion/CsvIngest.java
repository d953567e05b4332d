package id.banyuwangi.kampung.ingestion;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

import id.banyuwangi.kampung.domain.person.Pseudonymizer;
import id.banyuwangi.kampung.domain.progress.Progress;
import io.delta.tables.DeltaTable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CSV sources of one run (contract sections 2-8, DESIGN.md "The other sources"): every
 * {@code <source>/*.csv} not yet ingested with the same sha256 is read in one Spark pass over all
 * sources, then per source: quarantine (insert-only), silver (MERGE by key: the latest row of the
 * batch by file name and line replaces the stored one), bronze (after silver, so a row in bronze
 * has been applied), and finally {@code _system/ingested_files}.
 *
 * <p>A row already in bronze with the same file, line and content (a re-read file, a re-sent file
 * with more lines) is a duplicate: it is not applied to silver again, so re-ingesting changes
 * nothing and a later file's replacement is not undone by re-sending an earlier one.
 */
final class CsvIngest extends IngestStep {
  private static final Logger LOG = LoggerFactory.getLogger(CsvIngest.class);

  CsvIngest(RunContext run) {
    super(run);
  }

  /** The counts per source whose directory exists, in contract order. */
  Map<String, SourceCounts> execute() {
    Map<String, List<FileStatus>> listed = new LinkedHashMap<>();
    for (CsvSource source : CsvSources.ALL) {
      List<FileStatus> files = SourceFiles.list(hadoop, new Path(options.sourceUri(), source.dir()),
          name -> options.reads(source.dir(), name));
      if (files != null) {
        listed.put(source.dir(), files);
      }
    }
    Map<String, SourceCounts> result = new LinkedHashMap<>();
    if (listed.isEmpty()) {
      return result;
    }
    Map<String, List<FileStatus>> toRead = SourceFiles.toRead(spark, options.lakeUri(), listed);
    long listedTotal = listed.values().stream().mapToLong(List::size).sum();
    long toReadTotal = toRead.values().stream().mapToLong(List::size).sum();
    phase("csv: " + listedTotal + " files listed, " + toReadTotal + " to read");
    progress.start("csv files", listedTotal);
    progress.step(listedTotal - toReadTotal);
    Map<String, Counts> counts = new LinkedHashMap<>();
    listed.keySet().forEach(dir -> counts.put(dir, new Counts()));
    if (toReadTotal > 0) {
      ingest(toRead, counts);
    }
    progress.done();
    listed.forEach((dir, files) -> {
      Counts c = counts.get(dir);
      int read = toRead.get(dir).size();
      result.put(dir, new SourceCounts(read, files.size() - read, c.linesRead, c.accepted, c.quarantined,
          c.duplicates, c.byReason));
    });
    return result;
  }

  private static final class Counts {
    long linesRead;
    long accepted;
    long quarantined;
    long duplicates;
    /** Rows whose (file, line) bronze already holds: bronze needs a MERGE, not an append. */
    long inBronze;
    final Map<String, Long> byReason = new LinkedHashMap<>();
  }

  private void ingest(Map<String, List<FileStatus>> toRead, Map<String, Counts> counts) {
    Column startedAtLit = lit(startedAt).cast(DataTypes.TimestampType);
    List<Row> files = new ArrayList<>();
    toRead.forEach((dir, list) -> list.forEach(
        s -> files.add(RowFactory.create(s.getPath().toString(), dir, s.getPath().getName()))));
    int parts = SourceFiles.readTasks(spark, files.size());
    LongAccumulator filesDone = spark.sparkContext().longAccumulator("csv files read");
    Dataset<Row> batch = spark.createDataFrame(files, CsvFileReader.INPUT).repartition(parts)
        .mapPartitions(new CsvFileReader(new HadoopConf(hadoop), pseudonymizer, options.now(), filesDone),
            Encoders.row(CsvFileReader.SCHEMA))
        .persist(StorageLevel.MEMORY_AND_DISK());
    Map<CsvSource, Dataset<Row>> lines = new LinkedHashMap<>();
    try {
      // 1. Read every file (the first action): file facts.
      List<Row> facts;
      try (ProgressPoller poller = new ProgressPoller(filesDone, progress, files.size())) {
        facts = batch.filter(col("kind").equalTo(CsvFileReader.KIND_FILE))
            .select("source", "source_file", "line_no", "sha256", "size_bytes").collectAsList();
      }
      phase("csv: read " + files.size() + " files");

      // 2. Each data row marked against bronze as it is before this run writes it; counts in one job.
      Dataset<Row> all = batch.filter(col("kind").equalTo(CsvFileReader.KIND_HEADER))
          .select(col("source"), col("reason_code"), lit(false).as("_seen"), lit(false).as("_in_bronze"));
      for (CsvSource source : CsvSources.ALL) {
        List<FileStatus> read = toRead.get(source.dir());
        if (read == null || read.isEmpty()) {
          continue;
        }
        Dataset<Row> m = markSeen(source, read.stream().map(s -> s.getPath().getName()).toList(),
            batch.filter(col("source").equalTo(source.dir()).and(col("kind").equalTo(CsvFileReader.KIND_LINE))));
        lines.put(source, m);
        all = all.unionAll(m.select(col("source"), col("reason_code"), col("_seen"), col("_in_bronze")));
      }
      for (Row r : all.groupBy("source", "reason_code", "_seen", "_in_bronze").count().collectAsList()) {
        Counts c = counts.get(r.getString(0));
        long n = r.getLong(4);
        c.linesRead += n;
        c.inBronze += r.getBoolean(3) ? n : 0;
        if (r.getBoolean(2)) {
          c.duplicates += n;
        } else if (r.isNullAt(1)) {
          c.accepted += n;
        } else {
          c.quarantined += n;
          c.byReason.merge(r.getString(1), n, Long::sum);
        }
      }
      phase("csv: counts " + counts.keySet());

      // 3. Quarantine (all sources in one insert-only MERGE) and, per source, silver then bronze (so
      // a row in bronze has been applied to silver): different tables, written concurrently.
      List<Runnable> writes = new ArrayList<>();
      if (counts.values().stream().anyMatch(c -> c.quarantined > 0)) {
        writes.add(() -> timed("csv: quarantine merge", () -> mergeQuarantine(batch, counts.keySet(), startedAtLit)));
      }
      lines.forEach((source, m) -> writes.add(() -> {
        Counts c = counts.get(source.dir());
        if (c.accepted > 0) {
          timed("csv: " + source.silverTable(), () -> mergeSilver(source,
              m.filter(col("reason_code").isNull().and(col("_seen").equalTo(false)))));
        }
        timed("csv: " + source.bronzeTable(), () -> writeBronze(source, m.select(col("source_file"), col("line_no"),
            col("raw_line"), lit(runId).as("ingest_run_id"), startedAtLit.as("ingested_at")), c.inBronze > 0));
      }));
      SideBySideWrites.run(writes);
      phase("csv: quarantine, silver and bronze of " + lines.size() + " sources");

      // 5. Only now are the files ingested.
      SourceFiles.record(spark, options.lakeUri(), facts.stream()
          .map(r -> RowFactory.create(r.getString(0), r.getString(1), r.getLong(4), r.getString(3), r.getLong(2), runId))
          .toList());
      phase("csv: ingested_files");
    } finally {
      lines.values().forEach(Dataset::unpersist);
      batch.unpersist();
    }
  }

  private void mergeQuarantine(Dataset<Row> batch, java.util.Set<String> sources, Column startedAtLit) {
    Dataset<Row> rejected = batch
        .filter(col("kind").notEqual(CsvFileReader.KIND_FILE).and(col("reason_code").isNotNull()))
        .select(col("source"), col("source_file"), col("line_no"), col("reason_code"), col("reason_detail"),
            col("raw_line").as("raw_record"), lit(runId).as("ingest_run_id"), startedAtLit.as("quarantined_at"));
    DeltaTable.forPath(spark, table(LakeTables.QUARANTINE_RECORDS)).as("t")
        .merge(rejected.as("s"), col("t.source").isin(sources.toArray())
            .and(col("t.source").equalTo(col("s.source")))
            .and(col("t.source_file").equalTo(col("s.source_file")))
            .and(col("t.line_no").equalTo(col("s.line_no"))))
        .whenNotMatched().insertAll()
        .execute();
  }

  /**
   * The rows with {@code _in_bronze} (bronze holds the same file and line) and {@code _seen} (with
   * the same content: already ingested), against bronze as it is before this run's bronze write.
   * Cached; the counts are taken before any write, and only the bronze write comes after bronze
   * changed, which does not depend on the marks.
   */
  private Dataset<Row> markSeen(CsvSource source, List<String> names, Dataset<Row> rows) {
    String path = table(source.bronzeTable());
    Dataset<Row> marked;
    if (!DeltaTable.isDeltaTable(spark, path)) {
      marked = rows.withColumn("_seen", lit(false)).withColumn("_in_bronze", lit(false));
    } else {
      Dataset<Row> before = spark.read().format("delta").load(path)
          .filter(col("source_file").isin(names.toArray()))
          .select(col("source_file"), col("line_no"), col("raw_line").as("_bronze_raw"));
      marked = rows.join(before, scala.jdk.javaapi.CollectionConverters.asScala(
              List.of("source_file", "line_no")).toSeq(), "left_outer")
          .withColumn("_in_bronze", col("_bronze_raw").isNotNull())
          .withColumn("_seen", coalesce(col("_bronze_raw").equalTo(col("raw_line")), lit(false)))
          .drop("_bronze_raw");
    }
    return marked.persist(StorageLevel.MEMORY_AND_DISK());
  }

  /**
   * Bronze: every data row as received. Created by the first write; appended when no row's (file,
   * line) is there yet; else an upsert that replaces a line whose content changed.
   */
  private void writeBronze(CsvSource source, Dataset<Row> rows, boolean anyInBronze) {
    String path = table(source.bronzeTable());
    if (!DeltaTable.isDeltaTable(spark, path)) {
      rows.write().format("delta").save(path);
    } else if (!anyInBronze) {
      rows.write().format("delta").mode("append").save(path);
    } else {
      DeltaTable.forPath(spark, path).as("t")
          .merge(rows.as("s"), col("t.source_file").equalTo(col("s.source_file"))
              .and(col("t.line_no").equalTo(col("s.line_no"))))
          .whenMatched(col("t.raw_line").eqNullSafe(col("s.raw_line")).unary_$bang()).updateAll()
          .whenNotMatched().insertAll()
          .execute();
    }
  }

  /**
   * MERGE of the valid new rows into the source's silver table: per key the latest row of the batch
   * (by file name, then line) is inserted, or replaces the stored row when anything but the run id
   * differs.
   */
  private void mergeSilver(CsvSource source, Dataset<Row> valid) {
    StructField[] fields = source.columns().fields();
    List<Column> select = new ArrayList<>();
    for (int i = 0; i < fields.length; i++) {
      select.add(col("values").getItem(i).cast(fields[i].dataType()).as(fields[i].name()));
    }
    select.add(col("source_file"));
    select.add(col("line_no"));
    select.add(lit(runId).as("ingest_run_id"));
    Column[] key = source.key().stream().map(k -> col(k)).toArray(Column[]::new);
    Dataset<Row> latest = valid.select(select.toArray(Column[]::new))
        .withColumn("_rn", row_number().over(Window.partitionBy(key)
            .orderBy(col("source_file").desc(), col("line_no").desc())))
        .filter(col("_rn").equalTo(1))
        .drop("_rn");
    Column on = null;
    for (String k : source.key()) {
      Column eq = col("t.`" + k + "`").equalTo(col("s.`" + k + "`"));
      on = on == null ? eq : on.and(eq);
    }
    Column same = lit(true);
    for (String c : source.silverSchema().fieldNames()) {
      if (!c.equals("ingest_run_id")) {
        same = same.and(col("t.`" + c + "`").eqNullSafe(col("s.`" + c + "`")));
      }
    }
    String path = table(source.silverTable());
    if (!DeltaTable.isDeltaTable(spark, path)) {
      latest.write().format("delta").save(path); // the first write creates the table
      return;
    }
    DeltaTable.forPath(spark, path).as("t")
        .merge(latest.as("s"), on)
        .whenMatched(same.unary_$bang()).updateAll()
        .whenNotMatched().insertAll()
        .execute();
  }
}
