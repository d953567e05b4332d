package id.banyuwangi.kampung.warehouse;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Delta tables written by hand, since Spark is not on this module's classpath: Parquet data files
 * written by DuckDB and a {@code _delta_log} of JSON commits with protocol, metaData, add and remove
 * actions, as a Delta writer would leave them.
 */
final class DeltaTestTables {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path tableDir;
  private final List<Map<String, Object>> fields;
  private final List<String> partitionColumns;
  private long nextVersion;

  private DeltaTestTables(Path tableDir, List<Map<String, Object>> fields, List<String> partitionColumns) {
    this.tableDir = tableDir;
    this.fields = fields;
    this.partitionColumns = partitionColumns;
  }

  /** silver/service_requests under the lake (DESIGN.md columns, no partitions). */
  static DeltaTestTables serviceRequests(Path lake) {
    return new DeltaTestTables(lake.resolve("silver/service_requests"), fields(
        "txn_id string", "village_code string", "kiosk_id string", "service_code string",
        "channel string", "citizen_sex string", "submitted_at timestamp", "state string",
        "state_at timestamp", "completed_at timestamp", "terminal_at timestamp", "rating integer",
        "fee_idr long", "event_count integer", "updated_run_id string"), List.of());
  }

  /** silver/kiosk_events under the lake, partitioned by event_month. */
  static DeltaTestTables kioskEvents(Path lake) {
    return new DeltaTestTables(lake.resolve("silver/kiosk_events"), fields(
        "event_id string", "txn_id string", "schema_version string", "kiosk_id string",
        "village_code string", "event_type string", "event_at timestamp", "service_code string",
        "channel string", "citizen_pseudonym string", "citizen_sex string", "citizen_birth_date date",
        "fee_idr long", "rating integer", "reason string", "app_version string", "uptime_s long",
        "source_file string", "line_no long", "ingest_run_id string", "event_month string"),
        List.of("event_month"));
  }

  /** silver/population (DESIGN.md "The other sources"; like every CSV source table, no partitions). */
  static DeltaTestTables population(Path lake) {
    return csvSource(lake, "population", "village_code string", "as_of date", "sex string", "age integer",
        "count long");
  }

  static DeltaTestTables households(Path lake) {
    return csvSource(lake, "households", "household_key string", "village_code string", "survey_year integer",
        "survey_date date", "members integer", "expenditure_idr_month long", "head_sex string",
        "head_age integer", "head_education string", "members_working_age integer",
        "members_employed integer", "members_jkn integer", "receives_pkh boolean", "receives_bpnt boolean",
        "water_source string", "sanitation string", "electricity string");
  }

  static DeltaTestTables childMeasurements(Path lake) {
    return csvSource(lake, "child_measurements", "measurement_id string", "child_key string",
        "village_code string", "sex string", "birth_date date", "measured_on date", "age_days integer",
        "weight_kg double", "height_cm double", "position string");
  }

  static DeltaTestTables schoolEnrolments(Path lake) {
    return csvSource(lake, "school_enrolments", "student_key string", "village_code string", "sex string",
        "birth_date date", "school_year string", "level string", "grade integer", "status string");
  }

  static DeltaTestTables enterprises(Path lake) {
    return csvSource(lake, "enterprises", "business_id string", "village_code string", "kbli_section string",
        "registered_on date", "closed_on date", "employees integer", "monthly_revenue_idr long");
  }

  static DeltaTestTables bumdesMonthly(Path lake) {
    return csvSource(lake, "bumdes_monthly", "village_code string", "year integer", "month integer",
        "revenue_idr long", "expenses_idr long", "assets_idr long");
  }

  static DeltaTestTables idm(Path lake) {
    return csvSource(lake, "idm", "village_code string", "year integer", "iks double", "ike double",
        "ikl double");
  }

  /** silver/{@code table} with its columns plus the lineage every CSV source table carries. */
  private static DeltaTestTables csvSource(Path lake, String table, String... columns) {
    List<String> all = new ArrayList<>(List.of(columns));
    all.addAll(List.of("source_file string", "line_no long", "ingest_run_id string"));
    return new DeltaTestTables(lake.resolve("silver/" + table), fields(all.toArray(String[]::new)), List.of());
  }

  Path dir() {
    return tableDir;
  }

  /**
   * Writes the rows of a DuckDB query as one Parquet file at {@code relativePath} in the table
   * (partition columns are left out of the file, as Delta writers do).
   */
  String writeFile(String relativePath, String selectSql) {
    Path file = tableDir.resolve(relativePath);
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = duck.createStatement()) {
      Files.createDirectories(file.getParent());
      statement.execute("SET TimeZone = 'UTC'");
      String columns = partitionColumns.isEmpty() ? "*" : "* EXCLUDE (" + String.join(", ", partitionColumns) + ")";
      statement.execute("COPY (SELECT " + columns + " FROM (" + selectSql + ")) TO '" + file + "' (FORMAT parquet)");
    } catch (SQLException | IOException e) {
      throw new IllegalStateException(e);
    }
    return relativePath;
  }

  /** Commits the next version: adds and removes files; the first commit also creates the table. */
  long commit(List<String> adds, List<String> removes) {
    List<Map<String, Object>> actions = new ArrayList<>();
    if (nextVersion == 0) {
      actions.add(Map.of("protocol", Map.of("minReaderVersion", 1, "minWriterVersion", 2)));
      actions.add(Map.of("metaData", metaData(Map.of("delta.enableDeletionVectors", "false"))));
    }
    for (String path : removes) {
      actions.add(Map.of("remove", Map.of("path", path, "deletionTimestamp", System.currentTimeMillis(),
          "dataChange", true)));
    }
    for (String path : adds) {
      actions.add(Map.of("add", add(path)));
    }
    return write(actions);
  }

  /** Commits deletion vectors on a file already in the table, as a DELETE on a DV table would. */
  long commitDeletionVector(String path) {
    Map<String, Object> add = add(path);
    add.put("deletionVector", Map.of("storageType", "u", "pathOrInlineDv", "ab^-aqEH.-t@S}K{vb[*k^",
        "offset", 1, "sizeInBytes", 36, "cardinality", 1));
    return write(List.of(
        Map.of("protocol", Map.of("minReaderVersion", 3, "minWriterVersion", 7,
            "readerFeatures", List.of("deletionVectors"), "writerFeatures", List.of("deletionVectors"))),
        Map.of("metaData", metaData(Map.of("delta.enableDeletionVectors", "true"))),
        Map.of("remove", Map.of("path", path, "deletionTimestamp", System.currentTimeMillis(), "dataChange", true)),
        Map.of("add", add)));
  }

  private long write(List<Map<String, Object>> actions) {
    long version = nextVersion++;
    Path log = tableDir.resolve("_delta_log").resolve(String.format("%020d.json", version));
    try {
      Files.createDirectories(log.getParent());
      StringBuilder lines = new StringBuilder();
      for (Map<String, Object> action : actions) {
        lines.append(JSON.writeValueAsString(action)).append('\n');
      }
      Files.writeString(log, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return version;
  }

  private Map<String, Object> add(String path) {
    Map<String, Object> add = new LinkedHashMap<>();
    add.put("path", path);
    add.put("partitionValues", partitionValues(path));
    try {
      add.put("size", Files.size(tableDir.resolve(path)));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    add.put("modificationTime", System.currentTimeMillis());
    add.put("dataChange", true);
    return add;
  }

  /** {@code event_month=2024-03/part-0.parquet} -> {event_month: 2024-03}. */
  private Map<String, String> partitionValues(String path) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String segment : path.split("/")) {
      int eq = segment.indexOf('=');
      if (eq > 0 && partitionColumns.contains(segment.substring(0, eq))) {
        values.put(segment.substring(0, eq), segment.substring(eq + 1));
      }
    }
    return values;
  }

  private Map<String, Object> metaData(Map<String, String> configuration) {
    try {
      Map<String, Object> meta = new LinkedHashMap<>();
      meta.put("id", UUID.nameUUIDFromBytes(tableDir.toString().getBytes(StandardCharsets.UTF_8)).toString());
      meta.put("format", Map.of("provider", "parquet", "options", Map.of()));
      meta.put("schemaString", JSON.writeValueAsString(Map.of("type", "struct", "fields", fields)));
      meta.put("partitionColumns", partitionColumns);
      meta.put("configuration", configuration);
      meta.put("createdTime", 1_700_000_000_000L);
      return meta;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Map<String, Object>> fields(String... declarations) {
    List<Map<String, Object>> fields = new ArrayList<>();
    for (String declaration : declarations) {
      String[] parts = declaration.split(" ");
      fields.add(Map.of("name", parts[0], "type", parts[1], "nullable", true, "metadata", Map.of()));
    }
    return fields;
  }
}
