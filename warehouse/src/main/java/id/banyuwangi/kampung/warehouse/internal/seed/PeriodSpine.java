package id.banyuwangi.kampung.warehouse.internal.seed;

import id.banyuwangi.kampung.domain.period.Period;
import id.banyuwangi.kampung.warehouse.internal.project.BuildContext;
import id.banyuwangi.kampung.warehouse.internal.project.JavaModel;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBConnection;

/**
 * {@code dim_period}, the period spine, built before any measure: every month, quarter and year of
 * the calendar years the dated records span, and every survey and school year the sources hold,
 * each with its first and last day from the domain's {@link Period} (the one place the period
 * rules are written). Models place records in periods by joining it, never by formatting dates.
 */
final class PeriodSpine implements JavaModel {
  static final String EXTENT = "int_period_extent";

  @Override
  public String name() {
    return "dim_period";
  }

  @Override
  public String purpose() {
    return "the period spine: every month, quarter and year the data spans, every survey and school year, with first and last day";
  }

  @Override
  public java.util.Set<String> refs() {
    return java.util.Set.of(EXTENT);
  }

  @Override
  public void create(Connection connection, BuildContext context) throws SQLException {
    List<Period> periods = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT span, first_day, last_day, period FROM " + EXTENT + " ORDER BY span, period")) {
      while (rs.next()) {
        switch (rs.getString(1)) {
          case "CALENDAR" -> calendar(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class), periods);
          case "SURVEY_YEAR" -> periods.add(Period.surveyYear(Integer.parseInt(rs.getString(4))));
          case "SCHOOL_YEAR" -> periods.add(Period.parse(rs.getString(4)));
          default -> throw new SQLException(EXTENT + " has an unknown span " + rs.getString(1));
        }
      }
    }
    try (Rows rows = Rows.into(connection.unwrap(DuckDBConnection.class), name(), """
        period VARCHAR NOT NULL, period_kind VARCHAR NOT NULL, start_date DATE NOT NULL, end_date DATE NOT NULL,
        "year" INTEGER NOT NULL, PRIMARY KEY (period, period_kind)""")) {
      for (Period p : periods) {
        rows.row(p.code(), p.kind().name(), p.start(), p.end(), p.start().getYear());
      }
    }
  }

  /** Whole calendar years: every month, quarter and year from the first day's year to the last's. */
  private static void calendar(LocalDate first, LocalDate last, List<Period> periods) {
    for (int year = first.getYear(); year <= last.getYear(); year++) {
      periods.add(Period.year(year));
      for (int quarter = 1; quarter <= 4; quarter++) {
        periods.add(Period.quarter(year, quarter));
      }
      for (int month = 1; month <= 12; month++) {
        periods.add(Period.month(YearMonth.of(year, month)));
      }
    }
  }
}
