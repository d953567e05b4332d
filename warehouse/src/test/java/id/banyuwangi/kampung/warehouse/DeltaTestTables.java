package id.banyuwangi.kampung.warehouse;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.banyuwangi.kampung.domain.lake.ColumnType;
import id.banyuwangi.kampung.domain.lake.LakeColumn;
import id.banyuwangi.kampung.domain.lake.LakeContract;
import id.banyuwangi.kampung.domain.lake.LakeTable;
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
public final class DeltaTestTables {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path tableDir;
  private final List<Map<String, Object>> fields;
  private final List<String> partitionColumns;
  private long nextVersion;

  private DeltaTestTables(Path tableDir, List<Map<String, Object>> fields, List<String> partitionColumns) {
    this.tableDir = tableDir;
    this.fields = fields;
    this.partitionColumns = partitionColumns;
    this.nextVersion = committedVersions(tableDir);
  }

  /** The commits already in the table's log: a table opened again appends after them. */
  private static long committedVersions(Path tableDir) {
    Path log = tableDir.resolve("_delta_log");
    if (!Files.isDirectory(log)) {
      return 0;
    }
    try (java.util.stream.Stream<Path> files = Files.list(log)) {
      return files.filter(f -> f.getFileName().toString().matches("\\d{20}\\.json")).count();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A table of the lake contract under the lake: its columns, types and partitioning as declared there. */
  static DeltaTestTables of(Path lake, LakeTable table) {
    return new DeltaTestTables(lake.resolve(table.path()), fields(table),
        table.partitionColumn().map(List::of).orElse(List.of()));
  }

  static DeltaTestTables kioskEvents(Path lake) {
    return of(lake, LakeContract.SILVER_KIOSK_EVENTS);
  }

  static DeltaTestTables population(Path lake) {
    return of(lake, LakeContract.POPULATION.silver());
  }

  static DeltaTestTables households(Path lake) {
    return of(lake, LakeContract.HOUSEHOLDS.silver());
  }

  static DeltaTestTables childMeasurements(Path lake) {
    return of(lake, LakeContract.POSYANDU.silver());
  }

  static DeltaTestTables schoolEnrolments(Path lake) {
    return of(lake, LakeContract.SCHOOLS.silver());
  }

  static DeltaTestTables enterprises(Path lake) {
    return of(lake, LakeContract.MSME.silver());
  }

  static DeltaTestTables bumdesMonthly(Path lake) {
    return of(lake, LakeContract.BUMDES.silver());
  }

  static DeltaTestTables idm(Path lake) {
    return of(lake, LakeContract.IDM.silver());
  }

  static DeltaTestTables indeksDesa(Path lake) {
    return of(lake, LakeContract.INDEKS_DESA.silver());
  }

  /** The version the next commit creates (0 for a new table). */
  long nextVersion() {
    return nextVersion;
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

  /** The Delta schema of a contract table (Delta's type names). */
  private static List<Map<String, Object>> fields(LakeTable table) {
    List<Map<String, Object>> fields = new ArrayList<>();
    for (LakeColumn c : table.columns()) {
      fields.add(Map.of("name", c.name(), "type", deltaType(c.type()), "nullable", c.nullable(), "metadata", Map.of()));
    }
    return fields;
  }

  private static String deltaType(ColumnType type) {
    return switch (type) {
      case STRING -> "string";
      case INT -> "integer";
      case LONG -> "long";
      case DOUBLE -> "double";
      case BOOLEAN -> "boolean";
      case DATE -> "date";
      case TIMESTAMP -> "timestamp";
    };
  }
}
