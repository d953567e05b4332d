package id.banyuwangi.kampung.warehouse.internal.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.domain.poverty.PovertyLines;
import id.banyuwangi.kampung.warehouse.AllSourcesLake;
import id.banyuwangi.kampung.warehouse.internal.project.BuildContext;
import id.banyuwangi.kampung.warehouse.internal.project.ProjectRunner;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Re-run over the previous build's audit (as an incremental build re-runs mart_disclosure), the
 * model keeps the groups whose inputs did not change and audits the others again, and the table
 * equals that of an audit of every group from nothing: also when a new small cell changes what
 * its group hides.
 */
class KeptAuditsTest {
  @TempDir Path dir;

  private final BuildContext context = new BuildContext(IndicatorCatalog.standard(), PovertyLines.shipped(),
      Map.of("min_cell", "5", "wib_offset_hours", "7"));

  @Test
  void unchangedGroupsKeepTheirAuditAndTheResultEqualsAFullAudit() throws Exception {
    Path warehouse = AllSourcesLake.buildWarehouse(dir);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse); Statement s = c.createStatement()) {
      List<String> built = hidden(s);
      assertTrue(built.size() > 3, built.toString());

      DisclosureModel.Run unchanged = reRun(c, s);
      assertEquals(0, unchanged.audited(), "nothing changed: every group kept");
      assertTrue(unchanged.groups() > 3, "the lake's sources make several groups: " + unchanged.groups());
      assertEquals(built, hidden(s));

      // one more small cell: its group must be audited again, and hides more
      String[] cell = firstPublishedVillageCell(s);
      s.execute("UPDATE mart_indicator_cell SET suppressed = true WHERE indicator_code = '" + cell[0]
          + "' AND area_code = '" + cell[1] + "' AND period = '" + cell[2] + "' AND breakdown = 'total' AND period_kind = 'MONTH'");
      DisclosureModel.Run changed = reRun(c, s);
      assertTrue(changed.audited() >= 1 && changed.audited() < changed.groups(), changed.toString());
      List<String> incremental = hidden(s);
      assertNotEquals(built, incremental);
      assertTrue(incremental.contains(cell[0] + " " + cell[1] + " " + cell[2] + " MONTH total  primary"), incremental.toString());

      s.execute("DROP TABLE " + DisclosureModel.NAME);
      s.execute("DROP TABLE " + KeptAudits.TABLE);
      DisclosureModel.Run fresh = new DisclosureModel().audit(c, context);
      assertEquals(fresh.groups(), fresh.audited(), "no previous audit: every group audited");
      assertEquals(incremental, hidden(s), "kept groups and a full audit hide the same cells");
    }
  }

  /** As ProjectRunner re-runs a model: its table moved aside, the model run again, the old one dropped. */
  private DisclosureModel.Run reRun(Connection c, Statement s) throws SQLException {
    String previous = ProjectRunner.previousTable(DisclosureModel.NAME);
    s.execute("ALTER TABLE " + DisclosureModel.NAME + " RENAME TO " + previous);
    DisclosureModel.Run run = new DisclosureModel().audit(c, context);
    s.execute("DROP TABLE " + previous);
    return run;
  }

  private static String[] firstPublishedVillageCell(Statement s) throws SQLException {
    try (ResultSet rs = s.executeQuery("""
        SELECT c.indicator_code, c.area_code, c.period FROM mart_indicator_cell c
        WHERE NOT c.suppressed AND c.category IS NULL AND c.breakdown = 'total' AND c.period_kind = 'MONTH'
          AND length(c.area_code) = 10 AND c.indicator_code IN (SELECT indicator_code FROM mart_disclosure)
          AND NOT EXISTS (SELECT 1 FROM mart_disclosure d WHERE d.indicator_code = c.indicator_code
            AND d.area_code = c.area_code AND d.period = c.period AND d.period_kind = c.period_kind
            AND d.breakdown = c.breakdown AND d.member = c.member)
        ORDER BY 1, 2, 3 LIMIT 1""")) {
      assertTrue(rs.next(), "a published village cell of an indicator that hides cells");
      return new String[] {rs.getString(1), rs.getString(2), rs.getString(3)};
    }
  }

  private static List<String> hidden(Statement s) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (ResultSet rs = s.executeQuery("""
        SELECT indicator_code || ' ' || area_code || ' ' || period || ' ' || period_kind || ' ' || breakdown || ' '
          || member || ' ' || suppression FROM mart_disclosure ORDER BY 1""")) {
      while (rs.next()) {
        rows.add(rs.getString(1));
      }
    }
    return rows;
  }
}
