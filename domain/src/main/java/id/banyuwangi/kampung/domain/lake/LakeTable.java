package id.banyuwangi.kampung.domain.lake;

import java.util.List;
import java.util.Optional;

/**
 * One Delta table of the lake, declared once in {@link LakeContract}: its path under the lake root,
 * columns (types, nullability, personal data), key and partition column. Ingestion derives its
 * Spark schemas from it, the warehouse its DuckDB types and the typed relations its staging models
 * read, the tests their fixtures, the docs their tables.
 *
 * @param partitionColumn Delta keeps a partition column out of the Parquet data files
 */
public record LakeTable(String path, Zone zone, String description, List<LakeColumn> columns, List<String> key,
    Optional<String> partitionColumn) {

  public LakeTable {
    columns = List.copyOf(columns);
    key = List.copyOf(key);
    for (String k : key) {
      if (columns.stream().noneMatch(c -> c.name().equals(k))) {
        throw new IllegalArgumentException(path + ": key column " + k + " is not a column");
      }
    }
  }

  /** The table's name, the last part of its path ({@code kiosk_events}). */
  public String name() {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  public LakeColumn column(String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(path + " has no column " + name));
  }

  public List<String> columnNames() {
    return columns.stream().map(LakeColumn::name).toList();
  }

  /** The columns stored in the Parquet data files: all but the partition column. */
  public List<LakeColumn> fileColumns() {
    return columns.stream().filter(c -> partitionColumn.map(p -> !p.equals(c.name())).orElse(true)).toList();
  }

  public List<LakeColumn> personalColumns() {
    return columns.stream().filter(c -> c.personal().isPersonal()).toList();
  }
}
