package id.banyuwangi.kampung.warehouse.internal.datatest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The columns of a built relation, in order, with their DuckDB types. */
public final class TableColumns {
  private TableColumns() {}

  public static Map<String, String> of(Connection connection, String table) throws SQLException {
    Map<String, String> columns = new LinkedHashMap<>();
    try (PreparedStatement s = connection.prepareStatement("""
        SELECT column_name, data_type FROM information_schema.columns
        WHERE table_schema = 'main' AND table_name = ? ORDER BY ordinal_position""")) {
      s.setString(1, table);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          columns.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    return columns;
  }
}
