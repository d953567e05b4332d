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
    return build(BuildOptions.of(lake.toString(), file));
  }

  static BuiltMarts build(BuildOptions options) throws SQLException {
    BuildSummary summary = WarehouseBuilder.build(options, Progress.NONE);
    return new BuiltMarts(options.warehouse(), summary,
        DriverManager.getConnection("jdbc:duckdb:" + options.warehouse(), readOnly()));
  }

  /** The build id a published warehouse file records. */
  static String buildIdOf(Path file) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file, readOnly());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT value FROM _build_info WHERE key = 'build_id'")) {
      assertTrue(rs.next(), "no build id in " + file);
      return rs.getString(1);
    }
  }

  static Properties readOnly() {
    Properties p = new Properties();
    p.setProperty("duckdb.read_only", "true");
    return p;
  }

  /** The one row of an indicator for an area and period (fails when there is none or more than one). */
  Value value(String indicator, String area, String period) throws SQLException {
    return one("""
        SELECT numerator, denominator, value, cell_count, suppressed FROM mart_indicator_value
        WHERE indicator_code = ? AND area_code = ? AND period = ?""", indicator, area, period);
  }

  /** The one mart_indicator_cell row of an indicator's breakdown member for an area and period. */
  Value breakdown(String indicator, String area, String period, String breakdown, String member)
      throws SQLException {
    return one("""
        SELECT numerator, denominator, value, cell_count, suppressed FROM mart_indicator_cell
        WHERE indicator_code = ? AND area_code = ? AND period = ? AND breakdown = ? AND member = ?""",
        indicator, area, period, breakdown, member);
  }

  private Value one(String sql, String... keys) throws SQLException {
    String what = String.join(" ", keys);
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      for (int i = 0; i < keys.length; i++) {
        s.setString(i + 1, keys[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        assertTrue(rs.next(), () -> "no value for " + what);
        Value v = new Value((Double) rs.getObject(1), (Double) rs.getObject(2), (Double) rs.getObject(3),
            rs.getLong(4), rs.getBoolean(5));
        assertFalse(rs.next(), () -> "more than one value for " + what);
        return v;
      }
    }
  }

  /**
   * The breakdown cells whose members do not add up to their total: per indicator, area, period
   * and breakdown, the members' numerators, denominators and cell counts must sum to the total's
   * (every record is in exactly one member). Empty when all add up.
   */
  List<String> breakdownsNotAddingUp() throws SQLException {
    return strings("""
        SELECT concat_ws(' ', b.indicator_code, b.area_code, b.period, b.breakdown)
        FROM (SELECT indicator_code, area_code, period, period_kind, breakdown,
                sum(numerator) AS numerator, sum(denominator) AS denominator, sum(cell_count) AS cell_count
              FROM mart_indicator_cell
              WHERE breakdown IN (SELECT breakdown FROM dim_breakdown WHERE is_partition) GROUP BY ALL) b
        JOIN mart_indicator_value t USING (indicator_code, area_code, period, period_kind)
        WHERE b.numerator IS DISTINCT FROM t.numerator OR b.denominator IS DISTINCT FROM t.denominator
           OR b.cell_count <> t.cell_count
        ORDER BY 1""");
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
