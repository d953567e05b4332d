package id.banyuwangi.kampung.warehouse.internal.seed;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes a seed's rows through DuckDB's appender, so no value is ever spliced into SQL text:
 * {@code rows.row("a", 1, null)} appends one row, each value by its Java type.
 */
final class Rows implements AutoCloseable {
  private final DuckDBAppender appender;

  private Rows(DuckDBAppender appender) {
    this.appender = appender;
  }

  /** Creates {@code table} with {@code ddl} (the column list) and opens its appender. */
  static Rows into(DuckDBConnection connection, String table, String ddl) throws SQLException {
    execute(connection, "CREATE TABLE " + table + " (" + ddl + ")");
    return new Rows(connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table));
  }

  void row(Object... values) throws SQLException {
    appender.beginRow();
    for (Object v : values) {
      append(v);
    }
    appender.endRow();
  }

  private void append(Object v) throws SQLException {
    if (v == null) {
      appender.appendNull();
    } else if (v instanceof String s) {
      appender.append(s);
    } else if (v instanceof Integer i) {
      appender.append(i.intValue());
    } else if (v instanceof Long l) {
      appender.append(l.longValue());
    } else if (v instanceof Double d) {
      appender.append(d.doubleValue());
    } else if (v instanceof Boolean b) {
      appender.append(b.booleanValue());
    } else if (v instanceof java.time.LocalDate d) {
      appender.append(d);
    } else {
      throw new IllegalArgumentException("cannot append a " + v.getClass());
    }
  }

  @Override
  public void close() throws SQLException {
    appender.close();
  }

  static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
