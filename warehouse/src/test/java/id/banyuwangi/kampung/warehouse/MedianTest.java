package id.banyuwangi.kampung.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The contract's median: for an even count, the mean of the two middle values. */
class MedianTest {
  @Test
  void duckdbMedianOfDoublesAveragesTheTwoMiddleValues() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("""
            SELECT median(x), quantile_cont(x, 0.5), median(x) FILTER (WHERE x < 48)
            FROM (VALUES (2.0::DOUBLE), (48.0), (6.0), (8.0)) AS t(x)""")) {
      rs.next();
      assertEquals(7.0, rs.getDouble(1)); // 2, 6, 8, 48 -> (6 + 8) / 2
      assertEquals(7.0, rs.getDouble(2));
      assertEquals(6.0, rs.getDouble(3)); // odd count: the middle value
    }
  }
}
