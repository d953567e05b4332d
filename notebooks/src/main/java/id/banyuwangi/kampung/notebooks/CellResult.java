package id.banyuwangi.kampung.notebooks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The result of one SQL cell, read whole (up to {@link #MAX_ROWS} rows): its column labels and rows.
 *
 * @param truncated true when the query gave more rows than were kept
 */
record CellResult(List<String> columns, List<List<Object>> rows, boolean truncated) {
  static final int MAX_ROWS = 200;

  static CellResult run(Connection warehouse, String sql) throws SQLException {
    try (Statement s = warehouse.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      ResultSetMetaData meta = rs.getMetaData();
      List<String> columns = new ArrayList<>();
      for (int c = 1; c <= meta.getColumnCount(); c++) {
        columns.add(meta.getColumnLabel(c));
      }
      List<List<Object>> rows = new ArrayList<>();
      boolean truncated = false;
      while (rs.next()) {
        if (rows.size() == MAX_ROWS) {
          truncated = true;
          break;
        }
        List<Object> row = new ArrayList<>();
        for (int c = 1; c <= columns.size(); c++) {
          row.add(rs.getObject(c));
        }
        rows.add(row);
      }
      return new CellResult(List.copyOf(columns), rows, truncated);
    }
  }

  /** The index of the column labelled {@code label} (any case), or -1. */
  int column(String label) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).equalsIgnoreCase(label)) {
        return i;
      }
    }
    return -1;
  }
}
