package id.banyuwangi.kampung.warehouse.internal.lake;

import static org.jooq.impl.DSL.inline;

import id.banyuwangi.kampung.domain.lake.ColumnType;
import id.banyuwangi.kampung.domain.lake.LakeTable;
import id.banyuwangi.kampung.domain.lake.Zone;
import id.banyuwangi.kampung.warehouse.internal.project.Identifiers;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A lake table as the SQL relation a staging model reads: its pinned Parquet files, every column
 * cast to the DuckDB type the lake contract gives it (so staging never repeats a type), or a typed
 * empty relation when the table does not exist yet. The partition column is not in the files: a
 * silver table reads without it, the quarantine reads it from the files' {@code column=value}
 * directories (Delta's layout without column mapping, which {@link DeltaSnapshot} refuses).
 */
final class SourceRelation {
  private SourceRelation() {}

  static String of(LakeTable table, List<String> files) {
    // silver's partition columns (event_month) are derived from columns the files hold, and staging
    // never reads them; the quarantine's (source) is read from its directories
    boolean fromPaths = table.partitionColumn().isPresent() && table.zone() != Zone.SILVER;
    String columns = (fromPaths ? table.columns() : table.fileColumns()).stream()
        .map(c -> "CAST(" + (files.isEmpty() ? "NULL" : Identifiers.quote(c.name())) + " AS " + duckType(c.type())
            + ") AS " + Identifiers.quote(c.name()))
        .collect(Collectors.joining(", "));
    if (files.isEmpty()) {
      return "(SELECT " + columns + " WHERE false)";
    }
    // union_by_name: files written before a column was added read it as NULL
    String list = files.stream().map(f -> Identifiers.dsl().render(inline(f))).collect(Collectors.joining(", "));
    String partitioned = fromPaths ? ", hive_partitioning = true, hive_types_autocast = false" : "";
    return "(SELECT " + columns + " FROM read_parquet([" + list + "], union_by_name = true" + partitioned + "))";
  }

  /** Spark may write timestamps as INT96 (read as naive UTC) or UTC-adjusted micros: TIMESTAMPTZ makes both the same instant (the build's zone is UTC). */
  static String duckType(ColumnType type) {
    return switch (type) {
      case STRING -> "VARCHAR";
      case INT -> "INTEGER";
      case LONG -> "BIGINT";
      case DOUBLE -> "DOUBLE";
      case BOOLEAN -> "BOOLEAN";
      case DATE -> "DATE";
      case TIMESTAMP -> "TIMESTAMPTZ";
    };
  }
}
