package id.banyuwangi.kampung.domain.lake;

/** The column types of the lake, as Delta stores them; each engine maps them to its own. */
public enum ColumnType {
  STRING,
  INT,
  LONG,
  DOUBLE,
  BOOLEAN,
  DATE,
  /** An instant (Spark's TIMESTAMP, DuckDB's TIMESTAMPTZ). */
  TIMESTAMP
}
