package id.banyuwangi.kampung.ingestion;

import static org.apache.spark.sql.functions.col;

import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;

/**
 * The source files of a run, for every source: listing a source directory through the Hadoop
 * FileSystem, the {@code _system/ingested_files} skip (same name and sha256 as an ingested file)
 * and recording the files once their rows are committed.
 */
final class SourceFiles {
  private static final StructType NAMES = new StructType()
      .add("path", DataTypes.StringType).add("name", DataTypes.StringType);

  private SourceFiles() {}

  /**
   * The entries directly under {@code dir} whose name passes {@code accept} (files, and directories
   * named like one), by name; null when the directory does not exist.
   */
  static List<FileStatus> list(Configuration hadoop, Path dir, Predicate<String> accept) {
    try {
      FileSystem fs = dir.getFileSystem(hadoop);
      if (!fs.exists(dir)) {
        return null;
      }
      List<FileStatus> files = new ArrayList<>();
      for (FileStatus s : fs.listStatus(dir)) {
        // a directory with a source file's name is read too: it is quarantined as NOT_A_FILE
        if (accept.test(s.getPath().getName())) {
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
   * The tasks that read a batch of files: two per core. Each task streams its files one at a time,
   * so more tasks would not bound memory better; they would only repeat a task's fixed cost (its
   * Hadoop configuration deserialised, its cached batch built) and multiply the tasks of every later
   * stage over the cached batch (a year of kiosk files in 378 tasks took twice as long).
   */
  static int readTasks(SparkSession spark, int files) {
    return Math.max(1, Math.min(files, spark.sparkContext().defaultParallelism() * 2));
  }

  /**
   * Per source, the listed files not yet ingested with the same content: one read of
   * {@code _system/ingested_files} for every source. Only a file with the same name and size as an
   * ingested one is hashed up front (in Spark tasks); new files are hashed while read.
   */
  static Map<String, List<FileStatus>> toRead(SparkSession spark, String lakeUri,
      Map<String, List<FileStatus>> listed) {
    Map<String, List<FileStatus>> result = new LinkedHashMap<>();
    if (listed.values().stream().allMatch(List::isEmpty)) {
      listed.forEach((source, files) -> result.put(source, List.of()));
      return result;
    }
    Map<String, Row> known = new HashMap<>();
    for (Row r : DeltaTable.forPath(spark, LakeTables.path(lakeUri, LakeTables.SYSTEM_INGESTED_FILES)).toDF()
        .filter(col("source").isin(listed.keySet().toArray()))
        .select("source", "source_file", "size_bytes", "sha256").collectAsList()) {
      known.put(r.getString(0) + "/" + r.getString(1), r);
    }
    List<Row> candidates = new ArrayList<>();
    listed.forEach((source, files) -> {
      for (FileStatus s : files) {
        Row k = known.get(source + "/" + s.getPath().getName());
        if (k != null && !k.isNullAt(2) && k.getLong(2) == s.getLen()) {
          candidates.add(RowFactory.create(s.getPath().toString(), source + "/" + s.getPath().getName()));
        }
      }
    });
    Set<String> unchanged = new HashSet<>();
    if (!candidates.isEmpty()) {
      HadoopConf conf = new HadoopConf(spark.sparkContext().hadoopConfiguration());
      int parts = Math.max(1, Math.min(candidates.size(), spark.sparkContext().defaultParallelism() * 4));
      List<Row> hashes = spark.createDataFrame(candidates, NAMES).repartition(parts)
          .map((MapFunction<Row, Row>) r -> RowFactory.create(r.getString(1), SourceFileContent.sha256Of(conf, r.getString(0))),
              Encoders.row(new StructType().add("name", DataTypes.StringType).add("sha256", DataTypes.StringType)))
          .collectAsList();
      for (Row h : hashes) {
        if (h.getString(1).equals(known.get(h.getString(0)).getString(3))) {
          unchanged.add(h.getString(0));
        }
      }
    }
    listed.forEach((source, files) -> result.put(source,
        files.stream().filter(s -> !unchanged.contains(source + "/" + s.getPath().getName())).toList()));
    return result;
  }

  /**
   * In a Spark task: the rows of each input file row in turn, one file read at a time, counting
   * the files done in {@code filesDone} (may be null).
   */
  static Iterator<Row> perFile(Iterator<Row> files, Function<Row, List<Row>> read, LongAccumulator filesDone) {
    return new Iterator<>() {
      private Iterator<Row> current = List.<Row>of().iterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && files.hasNext()) {
          current = read.apply(files.next()).iterator();
          if (filesDone != null) {
            filesDone.add(1);
          }
        }
        return current.hasNext();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  /** Records files as ingested: rows of {@link LakeTables#SYSTEM_INGESTED_FILES_SCHEMA}. */
  static void record(SparkSession spark, String lakeUri, List<Row> rows) {
    if (rows.isEmpty()) {
      return;
    }
    Dataset<Row> files = spark.createDataFrame(rows, LakeTables.SYSTEM_INGESTED_FILES_SCHEMA);
    DeltaTable.forPath(spark, LakeTables.path(lakeUri, LakeTables.SYSTEM_INGESTED_FILES)).as("t")
        .merge(files.as("s"), "t.source = s.source AND t.source_file = s.source_file")
        .whenMatched("NOT (t.sha256 <=> s.sha256 AND t.size_bytes <=> s.size_bytes)").updateAll()
        .whenNotMatched().insertAll()
        .execute();
  }
}
