package id.banyuwangi.kampung.reports;

import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.domain.period.Period;
import id.banyuwangi.kampung.domain.period.PeriodKind;
import id.banyuwangi.kampung.domain.region.Area;
import id.banyuwangi.kampung.domain.region.RegionHierarchy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a small warehouse file with the tables of DESIGN.md ("The warehouse"): the real region
 * hierarchy and catalog, periods 2022..2025, and the given indicator values. Shared with the api
 * module's tests through the test-jar.
 */
public final class TestWarehouse {
  /**
   * One row of {@code mart_indicator_value}; suppressed when {@code cellCount < MIN_CELL} and the
   * indicator has a small-cell unit. {@code category} is the band of IDM_STATUS, else null.
   */
  public record Row(String indicator, String area, String period, Double numerator, Double denominator,
      Double value, long cellCount, String category) {
    public Row(String indicator, String area, String period, Double numerator, Double denominator, Double value,
        long cellCount) {
      this(indicator, area, period, numerator, denominator, value, cellCount, null);
    }
  }

  private TestWarehouse() {}

  public static Row row(String indicator, String area, String period, double numerator, double denominator,
      double value) {
    return new Row(indicator, area, period, numerator, denominator, value, (long) denominator);
  }

  public static Row count(String indicator, String area, String period, double count) {
    return new Row(indicator, area, period, count, null, count, (long) count);
  }

  /** Writes a complete warehouse to {@code file} (which must not exist yet). */
  public static void create(Path file, String buildId, List<Row> rows) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE dim_region (area_code VARCHAR, area_name VARCHAR, area_level VARCHAR,"
          + " parent_code VARCHAR, kind VARCHAR, lat DOUBLE, lng DOUBLE)");
      s.execute("CREATE TABLE dim_indicator (code VARCHAR, name_id VARCHAR, name_en VARCHAR, unit VARCHAR,"
          + " domain VARCHAR, definition VARCHAR, direction VARCHAR, numerator VARCHAR, denominator VARCHAR,"
          + " scale DOUBLE, rollup VARCHAR, periods VARCHAR, disaggregations VARCHAR, small_cell_unit VARCHAR,"
          + " model VARCHAR)");
      s.execute("CREATE TABLE dim_period (period VARCHAR, period_kind VARCHAR, start_date DATE, end_date DATE,"
          + " PRIMARY KEY (period, period_kind))");
      s.execute("CREATE TABLE mart_indicator_value (indicator_code VARCHAR, area_code VARCHAR,"
          + " area_level VARCHAR, period VARCHAR, period_kind VARCHAR, numerator DOUBLE, denominator DOUBLE,"
          + " value DOUBLE, cell_count BIGINT, suppressed BOOLEAN, category VARCHAR)");
      s.execute("CREATE VIEW public_indicator_value AS SELECT indicator_code, area_code, area_level, period,"
          + " period_kind, CASE WHEN suppressed THEN NULL ELSE numerator END AS numerator,"
          + " CASE WHEN suppressed THEN NULL ELSE denominator END AS denominator,"
          + " CASE WHEN suppressed THEN NULL ELSE value END AS value,"
          + " CASE WHEN suppressed THEN NULL ELSE cell_count END AS cell_count, suppressed, category"
          + " FROM mart_indicator_value");
      s.execute("CREATE TABLE _build_info (key VARCHAR, value VARCHAR)");
      regions(c);
      indicators(c);
      periods(c);
      values(c, rows);
      try (PreparedStatement p = c.prepareStatement("INSERT INTO _build_info VALUES (?, ?)")) {
        for (String[] kv : new String[][] {{"build_id", buildId}, {"built_at", "2025-01-15T02:00:00Z"},
            {"lake", "/tmp/lake"}}) {
          p.setString(1, kv[0]);
          p.setString(2, kv[1]);
          p.addBatch();
        }
        p.executeBatch();
      }
      s.execute("CHECKPOINT");
    }
  }

  private static void regions(Connection c) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("INSERT INTO dim_region VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (Area a : RegionHierarchy.banyuwangi().all()) {
        p.setString(1, a.code());
        p.setString(2, a.name());
        p.setString(3, a.level().name());
        p.setString(4, a.parentCode());
        p.setString(5, a.kind());
        p.setDouble(6, a.lat());
        p.setDouble(7, a.lng());
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  private static void indicators(Connection c) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(
        "INSERT INTO dim_indicator VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Indicator i : IndicatorCatalog.standard().all()) {
        p.setString(1, i.code());
        p.setString(2, i.nameId());
        p.setString(3, i.nameEn());
        p.setString(4, i.unit());
        p.setString(5, i.domain());
        p.setString(6, i.definition());
        p.setString(7, i.direction().name());
        p.setString(8, i.numerator());
        p.setString(9, i.denominator());
        p.setDouble(10, i.scale());
        p.setString(11, i.rollup().name());
        p.setString(12, String.join("|", i.periods().stream().map(Enum::name).toList()));
        p.setString(13, String.join("|", i.disaggregations()));
        p.setString(14, i.smallCellUnit());
        p.setString(15, i.model());
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  private static void periods(Connection c) throws SQLException {
    List<Period> periods = new ArrayList<>();
    for (int year = 2022; year <= 2025; year++) {
      periods.add(Period.year(year));
      periods.add(new Period(Integer.toString(year), PeriodKind.SURVEY_YEAR, Period.year(year).start(),
          Period.year(year).end()));
      for (int q = 1; q <= 4; q++) {
        periods.add(Period.quarter(year, q));
      }
      for (int m = 1; m <= 12; m++) {
        periods.add(Period.month(YearMonth.of(year, m)));
      }
    }
    try (PreparedStatement p = c.prepareStatement("INSERT INTO dim_period VALUES (?, ?, ?, ?)")) {
      for (Period period : periods) {
        p.setString(1, period.code());
        p.setString(2, period.kind().name());
        p.setObject(3, period.start());
        p.setObject(4, period.end());
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  // A survey-year indicator publishes "2024" as SURVEY_YEAR: the kind comes from the catalog.
  private static PeriodKind kind(Row r) {
    PeriodKind parsed = Period.parse(r.period()).kind();
    List<PeriodKind> published = IndicatorCatalog.standard().find(r.indicator()).orElseThrow().periods();
    return published.contains(parsed) ? parsed : published.get(0);
  }

  private static void values(Connection c, List<Row> rows) throws SQLException {
    RegionHierarchy regions = RegionHierarchy.banyuwangi();
    try (PreparedStatement p = c.prepareStatement(
        "INSERT INTO mart_indicator_value VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      IndicatorCatalog catalog = IndicatorCatalog.standard();
      for (Row r : rows) {
        p.setString(1, r.indicator());
        p.setString(2, r.area());
        p.setString(3, regions.find(r.area()).orElseThrow().level().name());
        p.setString(4, r.period());
        p.setString(5, kind(r).name());
        p.setObject(6, r.numerator());
        p.setObject(7, r.denominator());
        p.setObject(8, r.value());
        p.setLong(9, r.cellCount());
        boolean suppressible = catalog.find(r.indicator()).orElseThrow().isSuppressible();
        p.setBoolean(10, suppressible && r.cellCount() < Indicator.MIN_CELL);
        p.setString(11, r.category());
        p.addBatch();
      }
      p.executeBatch();
    }
  }
}
