package id.banyuwangi.kampung.warehouse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;

/**
 * Run just before publish: a build that would replace the published warehouse with one of far
 * fewer indicator cells (a lake pointed at the wrong place, a source lost) is refused unless the
 * caller allows it ({@code build --allow-shrink}); so is replacing a file that is not a warehouse.
 *
 * <p>The measure is the row count of {@value #CELLS}: every cell of every indicator, area, period
 * and breakdown member. New data only adds periods, so a normal build never loses cells; the
 * threshold ({@value #MIN_SHARE} of the published count) leaves room for a corrected source
 * dropping a few cells while catching a lost source family or a near-empty lake.
 */
final class ShrinkGuard {
  static final String CELLS = "mart_indicator_cell";
  /** The share of the published cells a build must keep to be published without --allow-shrink. */
  static final double MIN_SHARE = 0.9;

  private ShrinkGuard() {}

  /**
   * @param target the published warehouse file (may not exist yet)
   * @param newRows the new build's row count per table
   * @throws RefusedBuildException when the new build is too small, or the target is not a warehouse
   */
  static void check(Path target, Map<String, Long> newRows, boolean allowShrink) {
    if (!Files.exists(target)) {
      return;
    }
    long published = publishedCells(target);
    long fresh = newRows.getOrDefault(CELLS, 0L);
    if (!allowShrink && fresh < MIN_SHARE * published) {
      throw new RefusedBuildException(String.format(Locale.ROOT,
          "the new build has %,d indicator cells, the published %s has %,d (%.0f%%): a build keeping less than"
              + " %.0f%% of the cells is not published (is --lake right?); pass --allow-shrink to publish it anyway."
              + " The published warehouse is unchanged",
          fresh, target.getFileName(), published, 100.0 * fresh / published, 100 * MIN_SHARE));
    }
  }

  /**
   * The published file's cell count, read through a fresh in-memory instance (the file may be
   * open in this process with another configuration); 0 for a warehouse without the table.
   */
  private static long publishedCells(Path target) {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("ATTACH '" + target.toString().replace("'", "''") + "' AS published (READ_ONLY)");
      java.util.Set<String> tables = new java.util.HashSet<>();
      try (ResultSet rs = s.executeQuery(
          "SELECT table_name FROM information_schema.tables WHERE table_catalog = 'published'")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      if (!tables.contains("_build_info")) {
        throw notAWarehouse(target, "it has no _build_info table");
      }
      if (!tables.contains(CELLS)) {
        return 0;
      }
      try (ResultSet rs = s.executeQuery("SELECT count(*) FROM published." + CELLS)) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw notAWarehouse(target, e.getMessage());
    }
  }

  private static RefusedBuildException notAWarehouse(Path target, String why) {
    return new RefusedBuildException(target + " exists and is not a kampung warehouse (" + why
        + "): refusing to replace it; remove it or choose another --warehouse");
  }
}
