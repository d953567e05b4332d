package id.banyuwangi.kampung.warehouse.internal.seed;

import id.banyuwangi.kampung.domain.growth.GrowthZScores;
import id.banyuwangi.kampung.domain.growth.Measurement;
import id.banyuwangi.kampung.domain.growth.Position;
import id.banyuwangi.kampung.domain.growth.Sex;
import id.banyuwangi.kampung.domain.growth.WhoGrowthStandards;
import id.banyuwangi.kampung.warehouse.internal.project.BuildContext;
import id.banyuwangi.kampung.warehouse.internal.project.JavaModel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code fact_child_growth}: one row per measurement of {@code stg_child_measurements} with its WHO
 * z-scores (HAZ, WAZ, WHZ), their implausibility flags and the length/height the scores used, all
 * from the domain's {@link WhoGrowthStandards} (interpolation, restricted tails and the 0.7 cm
 * adjustment are WHO anthro's rules and live only there, never in SQL).
 *
 * <ul>
 *   <li>Age: {@code age_days} as silver holds it (measured_on - birth_date, exact days, as WHO counts
 *       with dates). Sex {@code L} is a boy, {@code P} a girl; anything else fails the build.
 *   <li>A score that cannot be computed (e.g. a length outside the weight-for-length table) is NULL,
 *       and so is its flag; a flag is true for a computed but implausible score (|HAZ| &gt; 6, WAZ
 *       &lt; -6 or &gt; 5, |WHZ| &gt; 5). Prevalence uses a score only when it is not NULL and not
 *       flagged.
 *   <li>{@code adjusted_length_cm} is NULL when no length was measured.
 * </ul>
 *
 * <p>Streaming: the measurements are read in pages of {@link #PAGE} rows ordered by
 * {@code measurement_id} (keyset paging, so neither Java nor DuckDB ever holds all rows of a
 * query result) and written with DuckDB's appender, so the fact is ordered by measurement_id and
 * the same snapshot gives the same table.
 */
public final class ChildGrowthFacts implements JavaModel {
  public static final String NAME = "fact_child_growth";
  static final int PAGE = 50_000;
  private static final Logger LOG = LoggerFactory.getLogger(ChildGrowthFacts.class);

  private final WhoGrowthStandards who = WhoGrowthStandards.load();

  /** One staged measurement, as read. */
  private record Row(String measurementId, String childKey, String villageCode, String sex,
      LocalDate measuredOn, Integer ageDays, Double weightKg, Double heightCm, String position) {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String purpose() {
    return "one row per child measurement with its WHO z-scores (HAZ, WAZ, WHZ), implausibility flags and the adjusted length used";
  }

  @Override
  public java.util.Set<String> refs() {
    return java.util.Set.of("stg_child_measurements");
  }

  @Override
  public void create(Connection connection, BuildContext context) throws SQLException {
    DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
    long expected = checkKeys(duck);
    execute(duck, """
        CREATE TABLE fact_child_growth (
          measurement_id VARCHAR NOT NULL, child_key VARCHAR NOT NULL, village_code VARCHAR NOT NULL,
          sex VARCHAR NOT NULL, measured_on DATE NOT NULL, age_days INTEGER NOT NULL,
          weight_kg DOUBLE, height_cm DOUBLE, position VARCHAR, adjusted_length_cm DOUBLE,
          haz DOUBLE, waz DOUBLE, whz DOUBLE, haz_flag BOOLEAN, waz_flag BOOLEAN, whz_flag BOOLEAN)""");
    long started = System.nanoTime();
    long written = 0;
    String after = null;
    try (PreparedStatement first = duck.prepareStatement(page(false));
        PreparedStatement next = duck.prepareStatement(page(true));
        DuckDBAppender out = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, NAME)) {
      while (true) {
        PreparedStatement query = after == null ? first : next;
        if (after != null) {
          next.setString(1, after);
        }
        List<Row> rows = read(query); // the page's result is closed before appending
        if (rows.isEmpty()) {
          break;
        }
        for (Row row : rows) {
          append(out, row);
        }
        written += rows.size();
        after = rows.get(rows.size() - 1).measurementId();
      }
      out.flush();
    }
    if (written != expected) {
      throw new SQLException(NAME + ": wrote " + written + " rows of " + expected + " measurements");
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    LOG.info("{}: {} measurements scored in {} ms ({} rows/s)", NAME, written, Math.round(seconds * 1000),
        seconds > 0 ? Math.round(written / seconds) : written);
  }

  /** The number of measurements; fails on a NULL or repeated measurement_id (paging relies on the key). */
  private static long checkKeys(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(
            "SELECT count(*), count(DISTINCT measurement_id) FROM stg_child_measurements")) {
      rs.next();
      long rows = rs.getLong(1);
      if (rs.getLong(2) != rows) {
        throw new SQLException("stg_child_measurements: measurement_id must be unique and not NULL ("
            + rows + " rows, " + rs.getLong(2) + " distinct ids)");
      }
      return rows;
    }
  }

  private static String page(boolean after) {
    return """
        SELECT CAST(measurement_id AS VARCHAR), CAST(child_key AS VARCHAR), CAST(village_code AS VARCHAR),
          CAST(sex AS VARCHAR), CAST(measured_on AS DATE), CAST(age_days AS INTEGER),
          CAST(weight_kg AS DOUBLE), CAST(height_cm AS DOUBLE), CAST(position AS VARCHAR)
        FROM stg_child_measurements %s
        ORDER BY measurement_id
        LIMIT %d""".formatted(after ? "WHERE measurement_id > ?" : "", PAGE);
  }

  private static List<Row> read(PreparedStatement query) throws SQLException {
    List<Row> rows = new ArrayList<>(PAGE);
    try (ResultSet rs = query.executeQuery()) {
      while (rs.next()) {
        rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getObject(5, LocalDate.class), (Integer) rs.getObject(6), (Double) rs.getObject(7),
            (Double) rs.getObject(8), rs.getString(9)));
      }
    }
    return rows;
  }

  /** The z-scores of one staged measurement, as the fact stores them. */
  public GrowthZScores score(String sex, int ageDays, Double weightKg, Double heightCm, String position) {
    return who.zScores(new Measurement(sex(sex), ageDays, weightKg == null ? Double.NaN : weightKg,
        heightCm == null ? Double.NaN : heightCm, Position.fromCode(position)));
  }

  private void append(DuckDBAppender out, Row row) throws SQLException {
    if (row.ageDays() == null) {
      throw new SQLException("stg_child_measurements " + row.measurementId() + ": age_days is NULL");
    }
    GrowthZScores z;
    try {
      z = score(row.sex(), row.ageDays(), row.weightKg(), row.heightCm(), row.position());
    } catch (IllegalArgumentException e) {
      throw new SQLException("stg_child_measurements " + row.measurementId() + ": " + e.getMessage(), e);
    }
    out.beginRow();
    out.append(row.measurementId());
    out.append(row.childKey());
    out.append(row.villageCode());
    out.append(row.sex());
    out.append(row.measuredOn());
    out.append(row.ageDays().intValue());
    number(out, row.weightKg());
    number(out, row.heightCm());
    text(out, row.position());
    number(out, Double.isNaN(z.adjustedLengthCm()) ? null : z.adjustedLengthCm());
    number(out, z.haz());
    number(out, z.waz());
    number(out, z.whz());
    flag(out, z.haz(), z.hazFlag());
    flag(out, z.waz(), z.wazFlag());
    flag(out, z.whz(), z.whzFlag());
    out.endRow();
  }

  /** Contract sex codes (as the kiosk and population sources): {@code L} laki-laki, {@code P} perempuan. */
  static Sex sex(String code) {
    if ("L".equals(code)) {
      return Sex.MALE;
    }
    if ("P".equals(code)) {
      return Sex.FEMALE;
    }
    throw new IllegalArgumentException("sex must be L or P: " + code);
  }

  private static void number(DuckDBAppender out, Double value) throws SQLException {
    if (value == null) {
      out.appendNull();
    } else {
      out.append(value.doubleValue());
    }
  }

  private static void text(DuckDBAppender out, String value) throws SQLException {
    if (value == null) {
      out.appendNull();
    } else {
      out.append(value);
    }
  }

  /** A flag only means something for a computed score: NULL with a NULL score. */
  private static void flag(DuckDBAppender out, Double score, boolean flagged) throws SQLException {
    if (score == null) {
      out.appendNull();
    } else {
      out.append(flagged);
    }
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
