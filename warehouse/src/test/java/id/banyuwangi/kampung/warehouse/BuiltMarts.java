package id.banyuwangi.kampung.warehouse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.kampung.domain.progress.Progress;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** A warehouse built by the real builder from a test lake and opened read-only: what the mart tests look up. */
final class BuiltMarts implements AutoCloseable {
  /** One row of mart_indicator_value. */
  record Value(Double numerator, Double denominator, Double value, long cellCount, boolean suppressed) {}

  final Path file;
  final BuildSummary summary;
  final Connection connection;

  private BuiltMarts(Path file, BuildSummary summary, Connection connection) {
    this.file = file;
    this.summary = summary;
    this.connection = connection;
  }

  static BuiltMarts build(Path lake, Path file) throws SQLException {
    BuildSummary summary = WarehouseBuilder.build(lake.toString(), file, Progress.NONE);
    return new BuiltMarts(file, summary, DriverManager.getConnection("jdbc:duckdb:" + file, readOnly()));
  }

  static Properties readOnly() {
    Properties p = new Properties();
    p.setProperty("duckdb.read_only", "true");
    return p;
  }

  /** The one row of an indicator for an area and period (fails when there is none or more than one). */
  Value value(String indicator, String area, String period) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement("""
        SELECT numerator, denominator, value, cell_count, suppressed FROM mart_indicator_value
        WHERE indicator_code = ? AND area_code = ? AND period = ?""")) {
      s.setString(1, indicator);
      s.setString(2, area);
      s.setString(3, period);
      try (ResultSet rs = s.executeQuery()) {
        assertTrue(rs.next(), () -> "no value for " + indicator + " " + area + " " + period);
        Value v = new Value((Double) rs.getObject(1), (Double) rs.getObject(2), (Double) rs.getObject(3),
            rs.getLong(4), rs.getBoolean(5));
        assertFalse(rs.next(), () -> "more than one value for " + indicator + " " + area + " " + period);
        return v;
      }
    }
  }

  /** The first column of a query, as strings. */
  List<String> strings(String sql) throws SQLException {
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      List<String> values = new ArrayList<>();
      while (rs.next()) {
        values.add(rs.getString(1));
      }
      return values;
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
