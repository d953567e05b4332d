package id.banyuwangi.kampung.read;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Which build a published warehouse is, and what it read ({@code _build_info},
 * {@code _build_sources}): its id, time and lake, and the Delta version of every lake table. Every
 * figure can say where it came from.
 *
 * @param info every key of {@code _build_info} (build_id, built_at, lake), in key order
 */
public record BuildInfo(Map<String, String> info, List<Source> sources) {
  /** One lake table as the build read it; {@code deltaVersion} null for a table absent from the lake. */
  public record Source(String table, Long deltaVersion, Long fileCount, Long rowCount) {}

  public BuildInfo {
    info = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(info));
    sources = List.copyOf(sources);
  }

  public static BuildInfo read(Connection connection) {
    DSLContext sql = DSL.using(connection, SQLDialect.DUCKDB);
    Map<String, String> info = new LinkedHashMap<>();
    sql.select(field(name("key"), String.class), field(name("value"), String.class))
        .from(table(name(PublicTables.BUILD_INFO))).orderBy(field(name("key")))
        .forEach(r -> info.put(r.value1(), r.value2()));
    List<Source> sources = sql.select(field(name("table_name"), String.class), field(name("delta_version"), Long.class),
            field(name("file_count"), Long.class), field(name("row_count"), Long.class))
        .from(table(name(PublicTables.BUILD_SOURCES))).orderBy(field(name("table_name")))
        .fetch(r -> new Source(r.value1(), r.value2(), r.value3(), r.value4()));
    return new BuildInfo(info, sources);
  }

  public String buildId() {
    return info.getOrDefault("build_id", "?");
  }

  public String builtAt() {
    return info.get("built_at");
  }

  /** The Delta version read per lake table (null for an absent table). */
  public Map<String, Long> sourceVersions() {
    Map<String, Long> versions = new LinkedHashMap<>();
    sources.forEach(s -> versions.put(s.table(), s.deltaVersion()));
    return versions;
  }
}
