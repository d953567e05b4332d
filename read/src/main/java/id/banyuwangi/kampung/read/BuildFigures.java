package id.banyuwangi.kampung.read;

import java.sql.Connection;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * What a published build says of itself, as operations watch it: the lake tables it read (Delta
 * version, files, rows), its hidden cells per domain, and the lake's ingestion per source (all
 * runs the build's snapshot holds). Counts only; a table a build does not have reads as empty.
 */
public final class BuildFigures {
  /** A lake table as the build pinned it. */
  public record LakeTable(String table, long deltaVersion, long files, long rows) {}

  /** A domain's publishable cells and the hidden ones. */
  public record Hidden(String domain, long cells, long primary, long secondary) {}

  /** A source's ingestion over every run the lake records. */
  public record Ingested(String source, long runs, long linesRead, long accepted, long quarantined, long duplicates) {}

  private final DSLContext sql;

  public BuildFigures(Connection connection) {
    this.sql = DSL.using(connection, SQLDialect.DUCKDB);
  }

  public List<LakeTable> lakeTables() {
    if (!Reads.exists(sql, PublicTables.BUILD_SOURCES)) {
      return List.of();
    }
    return sql.fetch("SELECT table_name, delta_version, file_count, row_count FROM " + PublicTables.BUILD_SOURCES
        + " ORDER BY table_name").map(r -> new LakeTable(r.get(0, String.class), Reads.count(r, 1), Reads.count(r, 2), Reads.count(r, 3)));
  }

  public List<Hidden> hidden() {
    if (!Reads.exists(sql, PublicTables.DISCLOSURE_SUMMARY)) {
      return List.of();
    }
    return sql.fetch("SELECT domain, cells, primary_hidden, secondary_hidden FROM " + PublicTables.DISCLOSURE_SUMMARY
        + " ORDER BY domain").map(r -> new Hidden(r.get(0, String.class), Reads.count(r, 1), Reads.count(r, 2), Reads.count(r, 3)));
  }

  public List<Ingested> ingested() {
    if (!Reads.exists(sql, PublicTables.QUALITY_INGEST)) {
      return List.of();
    }
    return sql.fetch("SELECT source, sum(runs), sum(lines_read), sum(accepted), sum(quarantined), sum(duplicates) FROM "
        + PublicTables.QUALITY_INGEST + " GROUP BY source ORDER BY source")
        .map(r -> new Ingested(r.get(0, String.class), Reads.count(r, 1), Reads.count(r, 2), Reads.count(r, 3), Reads.count(r, 4), Reads.count(r, 5)));
  }
}
