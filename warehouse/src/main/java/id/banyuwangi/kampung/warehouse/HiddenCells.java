package id.banyuwangi.kampung.warehouse;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One domain's line of {@code mart_disclosure_summary}: how many of its indicator cells public
 * outputs hide, because they are small (primary) or to protect a small one (secondary).
 *
 * @param secondarySharePct secondary as a percentage of the cells that are not small themselves
 */
public record HiddenCells(String domain, long cells, long primary, long secondary, double secondarySharePct) {

  static List<HiddenCells> read(Connection db) throws SQLException {
    List<HiddenCells> lines = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("""
            SELECT domain, cells, primary_hidden, secondary_hidden, coalesce(secondary_share_pct, 0)
            FROM mart_disclosure_summary ORDER BY domain""")) {
      while (r.next()) {
        lines.add(new HiddenCells(r.getString(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getDouble(5)));
      }
    }
    return lines;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s %,d cells: %,d primary, %,d secondary (%.2f%% of the publishable)",
        domain, cells, primary, secondary, secondarySharePct);
  }
}
