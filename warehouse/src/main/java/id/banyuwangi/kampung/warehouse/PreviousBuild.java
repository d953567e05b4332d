package id.banyuwangi.kampung.warehouse;

import id.banyuwangi.kampung.domain.lake.LakeTable;
import id.banyuwangi.kampung.warehouse.internal.lake.DeltaSnapshot;
import id.banyuwangi.kampung.warehouse.internal.lake.PinnedLake;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The published warehouse as the start of an incremental build: copied to the building file, and
 * usable when it was built with the same fingerprint; then the lake tables whose pinned Delta
 * version or file count differ from what it read are the ones to refresh from.
 */
final class PreviousBuild {
  private static final Logger LOG = LoggerFactory.getLogger(PreviousBuild.class);
  static final String FINGERPRINT = "fingerprint";

  private PreviousBuild() {}

  /**
   * Copies {@code published} to {@code building}; the changed lake tables, or empty (and no copy
   * left) when there is no published warehouse or it was built by another project or lake.
   */
  static Optional<Set<String>> startFrom(Path published, Path building, String fingerprint, PinnedLake pinned) {
    if (!Files.isRegularFile(published)) {
      return Optional.empty();
    }
    try {
      Files.copy(published, building);
      Map<String, String> source = new HashMap<>();
      String built;
      try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + building);
          Statement s = db.createStatement()) {
        built = one(s, "SELECT value FROM _build_info WHERE key = '" + FINGERPRINT + "'");
        try (ResultSet rs = s.executeQuery("SELECT table_name, delta_version, file_count FROM _build_sources")) {
          while (rs.next()) {
            source.put(rs.getString(1), rs.getString(2) + "/" + rs.getLong(3));
          }
        }
      }
      if (!fingerprint.equals(built)) {
        LOG.info("{} was built by other models, catalog or lake: a full build", published.getFileName());
        Files.delete(building);
        return Optional.empty();
      }
      Set<String> changed = new TreeSet<>();
      for (Map.Entry<LakeTable, DeltaSnapshot> e : pinned.snapshots().entrySet()) {
        DeltaSnapshot now = e.getValue();
        String pinnedNow = (now.exists() ? String.valueOf(now.version()) : "null") + "/" + now.files().size();
        if (!Objects.equals(pinnedNow, source.get(e.getKey().path()))) {
          changed.add(e.getKey().path());
        }
      }
      LOG.info("incremental build from {}: changed lake tables {}", published.getFileName(), changed);
      return Optional.of(changed);
    } catch (SQLException e) {
      LOG.info("{} cannot be read as a previous build ({}): a full build", published.getFileName(), e.getMessage());
      deleteQuietly(building);
      return Optional.empty();
    } catch (IOException e) {
      deleteQuietly(building);
      throw new UncheckedIOException("cannot copy " + published + " to " + building, e);
    }
  }

  private static String one(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      LOG.warn("cannot remove {}: {}", p, e.getMessage());
    }
  }
}
