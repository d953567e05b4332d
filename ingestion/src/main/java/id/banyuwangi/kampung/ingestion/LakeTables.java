package id.banyuwangi.kampung.ingestion;

import io.delta.tables.DeltaTable;
import io.delta.tables.DeltaTableBuilder;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The lake tables the ingestion job writes (DESIGN.md: paths, keys, partitioning and columns are a
 * contract). Each is created on first use with deletion vectors off. The CSV sources' bronze and
 * silver tables are named by their {@link CsvSource} and created by their first write.
 */
public final class LakeTables {
  public static final String BRONZE_KIOSK_LINES = "bronze/kiosk_lines";
  public static final String SILVER_KIOSK_EVENTS = "silver/kiosk_events";
  public static final String SILVER_SERVICE_REQUESTS = "silver/service_requests";
  public static final String QUARANTINE_RECORDS = "quarantine/records";
  public static final String SYSTEM_INGEST_RUNS = "_system/ingest_runs";
  public static final String SYSTEM_INGESTED_FILES = "_system/ingested_files";

  public static final StructType BRONZE_KIOSK_LINES_SCHEMA = new StructType()
      .add("source_file", DataTypes.StringType, false)
      .add("line_no", DataTypes.LongType, false)
      .add("raw_line", DataTypes.StringType)
      .add("ingest_run_id", DataTypes.StringType)
      .add("ingested_at", DataTypes.TimestampType)
      .add("file_month", DataTypes.StringType, false);

  public static final StructType SILVER_KIOSK_EVENTS_SCHEMA = new StructType()
      .add("event_id", DataTypes.StringType, false)
      .add("txn_id", DataTypes.StringType)
      .add("schema_version", DataTypes.StringType)
      .add("kiosk_id", DataTypes.StringType)
      .add("village_code", DataTypes.StringType)
      .add("event_type", DataTypes.StringType)
      .add("event_at", DataTypes.TimestampType)
      .add("service_code", DataTypes.StringType)
      .add("channel", DataTypes.StringType)
      .add("citizen_pseudonym", DataTypes.StringType)
      .add("citizen_sex", DataTypes.StringType)
      .add("citizen_birth_date", DataTypes.DateType)
      .add("fee_idr", DataTypes.LongType)
      .add("rating", DataTypes.IntegerType)
      .add("reason", DataTypes.StringType)
      .add("app_version", DataTypes.StringType)
      .add("uptime_s", DataTypes.LongType)
      .add("source_file", DataTypes.StringType)
      .add("line_no", DataTypes.LongType)
      .add("ingest_run_id", DataTypes.StringType)
      .add("event_month", DataTypes.StringType, false);

  public static final StructType SILVER_SERVICE_REQUESTS_SCHEMA = new StructType()
      .add("txn_id", DataTypes.StringType, false)
      .add("village_code", DataTypes.StringType)
      .add("kiosk_id", DataTypes.StringType)
      .add("service_code", DataTypes.StringType)
      .add("channel", DataTypes.StringType)
      .add("citizen_sex", DataTypes.StringType)
      .add("submitted_at", DataTypes.TimestampType)
      .add("state", DataTypes.StringType)
      .add("state_at", DataTypes.TimestampType)
      .add("completed_at", DataTypes.TimestampType)
      .add("terminal_at", DataTypes.TimestampType)
      .add("rating", DataTypes.IntegerType)
      .add("fee_idr", DataTypes.LongType)
      .add("event_count", DataTypes.IntegerType)
      .add("updated_run_id", DataTypes.StringType);

  public static final StructType QUARANTINE_RECORDS_SCHEMA = new StructType()
      .add("source", DataTypes.StringType, false)
      .add("source_file", DataTypes.StringType, false)
      .add("line_no", DataTypes.LongType, false)
      .add("reason_code", DataTypes.StringType)
      .add("reason_detail", DataTypes.StringType)
      .add("raw_record", DataTypes.StringType)
      .add("ingest_run_id", DataTypes.StringType)
      .add("quarantined_at", DataTypes.TimestampType);

  public static final StructType SYSTEM_INGEST_RUNS_SCHEMA = new StructType()
      .add("run_id", DataTypes.StringType, false)
      .add("source", DataTypes.StringType)
      .add("started_at", DataTypes.TimestampType)
      .add("finished_at", DataTypes.TimestampType)
      .add("files_read", DataTypes.LongType)
      .add("files_skipped", DataTypes.LongType)
      .add("lines_read", DataTypes.LongType)
      .add("accepted", DataTypes.LongType)
      .add("quarantined", DataTypes.LongType)
      .add("duplicates", DataTypes.LongType);

  public static final StructType SYSTEM_INGESTED_FILES_SCHEMA = new StructType()
      .add("source", DataTypes.StringType, false)
      .add("source_file", DataTypes.StringType, false)
      .add("size_bytes", DataTypes.LongType)
      .add("sha256", DataTypes.StringType)
      .add("lines", DataTypes.LongType)
      .add("run_id", DataTypes.StringType);

  private LakeTables() {}

  /** The URI of a table under the lake root. */
  public static String path(String lakeUri, String table) {
    return new Path(lakeUri, table).toString();
  }

  /** Creates the shared tables (quarantine, {@code _system}) that do not exist yet. */
  static void ensureAll(SparkSession spark, String lakeUri) {
    ensure(spark, lakeUri, QUARANTINE_RECORDS, QUARANTINE_RECORDS_SCHEMA, "source");
    ensure(spark, lakeUri, SYSTEM_INGEST_RUNS, SYSTEM_INGEST_RUNS_SCHEMA, null);
    ensure(spark, lakeUri, SYSTEM_INGESTED_FILES, SYSTEM_INGESTED_FILES_SCHEMA, null);
  }

  /** Creates the kiosk source's tables that do not exist yet (when there is a kiosk directory). */
  static void ensureKiosk(SparkSession spark, String lakeUri) {
    ensure(spark, lakeUri, BRONZE_KIOSK_LINES, BRONZE_KIOSK_LINES_SCHEMA, "file_month");
    ensure(spark, lakeUri, SILVER_KIOSK_EVENTS, SILVER_KIOSK_EVENTS_SCHEMA, "event_month");
    ensure(spark, lakeUri, SILVER_SERVICE_REQUESTS, SILVER_SERVICE_REQUESTS_SCHEMA, null);
  }

  static void ensure(SparkSession spark, String lakeUri, String table, StructType schema,
      String partitionColumn) {
    String location = path(lakeUri, table);
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
