package id.banyuwangi.kampung.warehouse.internal.disclosure;

import id.banyuwangi.kampung.warehouse.internal.project.Identifiers;
import id.banyuwangi.kampung.warehouse.internal.project.ProjectRunner;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The previous build's audit, where an incremental build re-runs {@code mart_disclosure}: each
 * group's fingerprint ({@value #TABLE}) and the cells it hid. A group whose fingerprint is the same
 * read the same cells, values and relations, so its audit would come out the same: it is kept.
 * A full build has none and audits every group.
 */
final class KeptAudits {
  /** The fingerprint of every group the build audited, for the next incremental build. */
  static final String TABLE = "_disclosure_audits";

  private final Map<String, String> fingerprints;
  private final Map<CellKey, Map<String, ComplementarySuppression.Status>> hidden;

  private KeptAudits(Map<String, String> fingerprints, Map<CellKey, Map<String, ComplementarySuppression.Status>> hidden) {
    this.fingerprints = fingerprints;
    this.hidden = hidden;
  }

  static KeptAudits read(Connection connection) throws SQLException {
    String previous = ProjectRunner.previousTable(DisclosureModel.NAME);
    if (!ProjectRunner.hasRelation(connection, previous) || !ProjectRunner.hasRelation(connection, TABLE)) {
      return new KeptAudits(Map.of(), Map.of());
    }
    Map<String, String> fingerprints = new HashMap<>();
    Map<CellKey, Map<String, ComplementarySuppression.Status>> hidden = new HashMap<>();
    try (Statement s = connection.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT audit_group, fingerprint FROM " + TABLE)) {
        while (rs.next()) {
          fingerprints.put(rs.getString(1), rs.getString(2));
        }
      }
      try (ResultSet rs = s.executeQuery("SELECT indicator_code, area_code, period, period_kind, breakdown, member,"
          + " suppression FROM " + Identifiers.quote(previous))) {
        while (rs.next()) {
          CellKey grain = new CellKey("", rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
              rs.getString(6));
          hidden.computeIfAbsent(grain, k -> new HashMap<>(4)).put(rs.getString(1),
              rs.getString(7).equals("primary") ? ComplementarySuppression.Status.PRIMARY
                  : ComplementarySuppression.Status.SECONDARY);
        }
      }
    }
    return new KeptAudits(fingerprints, hidden);
  }

  /** Whether the previous build audited this group from the same inputs. */
  boolean keeps(AuditGroups.Group group) {
    return group.fingerprint().equals(fingerprints.get(group.name()));
  }

  /** The status the previous build gave a cell of a kept group. */
  ComplementarySuppression.Status status(IndicatorCell cell) {
    return hidden.getOrDefault(cell.grain(), Map.of()).getOrDefault(cell.indicator(),
        ComplementarySuppression.Status.PUBLISHED);
  }

  /** Records this build's groups for the next one. */
  static void write(DuckDBConnection connection, List<AuditGroups.Group> groups) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("DROP TABLE IF EXISTS " + TABLE);
      s.execute("CREATE TABLE " + TABLE + " (audit_group VARCHAR NOT NULL, fingerprint VARCHAR NOT NULL,"
          + " indicator_cells BIGINT NOT NULL, relations BIGINT NOT NULL)");
    }
    try (DuckDBAppender out = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, TABLE)) {
      for (AuditGroups.Group g : groups) {
        out.beginRow();
        out.append(g.name());
        out.append(g.fingerprint());
        out.append((long) g.cells().length);
        out.append((long) g.relations().size());
        out.endRow();
      }
    }
  }
}
