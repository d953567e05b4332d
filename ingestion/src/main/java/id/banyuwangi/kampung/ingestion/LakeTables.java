package id.banyuwangi.kampung.ingestion;

import id.banyuwangi.kampung.domain.lake.LakeContract;
import id.banyuwangi.kampung.domain.lake.LakeTable;
import io.delta.tables.DeltaTable;
import io.delta.tables.DeltaTableBuilder;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * The lake tables the ingestion job writes, their paths and Spark schemas derived from the one lake
 * contract (domain {@code LakeContract}: paths, keys, partitioning, columns). Each is created on first use with deletion vectors off. The CSV sources' bronze and
 * silver tables are named by their {@link CsvSource} and created by their first write.
 */
public final class LakeTables {
  public static final String BRONZE_KIOSK_LINES = LakeContract.BRONZE_KIOSK_LINES.path();
  public static final String SILVER_KIOSK_EVENTS = LakeContract.SILVER_KIOSK_EVENTS.path();
  public static final String QUARANTINE_RECORDS = LakeContract.QUARANTINE_RECORDS.path();
  public static final String SYSTEM_INGEST_RUNS = LakeContract.SYSTEM_INGEST_RUNS.path();
  public static final String SYSTEM_INGESTED_FILES = LakeContract.SYSTEM_INGESTED_FILES.path();

  public static final StructType BRONZE_KIOSK_LINES_SCHEMA = SparkSchemas.of(LakeContract.BRONZE_KIOSK_LINES);
  public static final StructType SILVER_KIOSK_EVENTS_SCHEMA = SparkSchemas.of(LakeContract.SILVER_KIOSK_EVENTS);
  public static final StructType QUARANTINE_RECORDS_SCHEMA = SparkSchemas.of(LakeContract.QUARANTINE_RECORDS);
  public static final StructType SYSTEM_INGEST_RUNS_SCHEMA = SparkSchemas.of(LakeContract.SYSTEM_INGEST_RUNS);
  public static final StructType SYSTEM_INGESTED_FILES_SCHEMA = SparkSchemas.of(LakeContract.SYSTEM_INGESTED_FILES);

  /**
   * The small files a partition (or an unpartitioned table) may hold before the write that goes
   * past it compacts them: every run adds a file or so per partition it touches, so without a bound
   * a day on top of a long history would read hundreds of files per partition.
   */
  static final int MAX_SMALL_FILES = 16;
  private static final String AUTO_COMPACT = "spark.databricks.delta.autoCompact.enabled";
  /** The session setting that holds the bound (a test lowers it to compact after a few runs). */
  static final String AUTO_COMPACT_MIN_FILES = "spark.databricks.delta.autoCompact.minNumFiles";

  private LakeTables() {}

  /**
   * Turns on Delta's auto compaction: after a commit, each partition it touched that holds more than
   * {@link #MAX_SMALL_FILES} small files is rewritten in a commit of its own (no data change, so a
   * kill before that commit loses nothing). A bound given to the session (a test's) is kept.
   */
  static void keepCompact(SparkSession spark) {
    spark.conf().set(AUTO_COMPACT, "true");
    if (!spark.conf().contains(AUTO_COMPACT_MIN_FILES)) {
      spark.conf().set(AUTO_COMPACT_MIN_FILES, Integer.toString(MAX_SMALL_FILES));
    }
  }

  /** The URI of a table under the lake root. */
  public static String path(String lakeUri, String table) {
    return new Path(lakeUri, table).toString();
  }

  /** Creates the shared tables (quarantine, {@code _system}) that do not exist yet. */
  static void ensureAll(SparkSession spark, String lakeUri) {
    ensure(spark, lakeUri, LakeContract.QUARANTINE_RECORDS);
    ensure(spark, lakeUri, LakeContract.SYSTEM_INGEST_RUNS);
    ensure(spark, lakeUri, LakeContract.SYSTEM_INGESTED_FILES);
  }

  /** Creates the kiosk source's tables that do not exist yet (when there is a kiosk directory). */
  static void ensureKiosk(SparkSession spark, String lakeUri) {
    ensure(spark, lakeUri, LakeContract.BRONZE_KIOSK_LINES);
    ensure(spark, lakeUri, LakeContract.SILVER_KIOSK_EVENTS);
  }

  /** Creates a contract table with its schema and partition column, unless it exists. */
  static void ensure(SparkSession spark, String lakeUri, LakeTable table) {
    StructType schema = SparkSchemas.of(table);
    String partitionColumn = table.partitionColumn().orElse(null);
    String location = path(lakeUri, table.path());
    if (DeltaTable.isDeltaTable(spark, location)) {
      return;
    }
    DeltaTableBuilder builder = DeltaTable.createIfNotExists(spark)
        .location(location)
        .addColumns(schema)
        .property("delta.enableDeletionVectors", "false");
    if (partitionColumn != null) {
      builder = builder.partitionedBy(partitionColumn);
    }
    builder.execute();
  }
}
