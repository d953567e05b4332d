package id.banyuwangi.kampung.warehouse.internal.datatest;

import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.domain.period.PeriodKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Every catalog indicator whose value measure has data has cells: for every period kind it
 * declares, and for every breakdown it declares. A catalog row that declares a period kind or a
 * breakdown its measures do not have, or whose measures never meet (a denominator of another
 * grain), fails the build here with the indicator's code, instead of being dropped silently. An
 * indicator whose measure has no rows yet (a source not delivered, a survey year without a poverty
 * line) is not expected to have cells.
 */
record CatalogCoverage(String model, IndicatorCatalog catalog) implements DataTest {
  @Override
  public String name() {
    return "catalog_coverage(" + model + ")";
  }

  @Override
  public TestResult run(Connection connection) throws SQLException {
    List<String> problems = new ArrayList<>();
    for (Indicator i : catalog.all()) {
      if (count(connection, "SELECT count(*) FROM fct_measure WHERE measure = ?", i.valueMeasure()) == 0) {
        continue; // no data for this measure yet: no cells expected
      }
      for (PeriodKind kind : i.periods()) {
        if (count(connection, "SELECT count(*) FROM mart_indicator_cell WHERE indicator_code = ? AND period_kind = ?",
            i.code(), kind.name()) == 0) {
          problems.add("indicator " + i.code() + " has no " + kind + " cells, though its measure "
              + i.valueMeasure() + " has rows");
        }
      }
      for (String breakdown : i.breakdowns()) {
        if (count(connection, "SELECT count(*) FROM mart_indicator_cell WHERE indicator_code = ? AND breakdown = ?",
            i.code(), breakdown) == 0) {
          problems.add("indicator " + i.code() + " is declared by " + breakdown + ", which its measures do not have");
        }
      }
    }
    return new TestResult(name(), model, "catalog_coverage", problems.size(), problems);
  }

  private static long count(Connection connection, String sql, String... args) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      for (int n = 0; n < args.length; n++) {
        s.setString(n + 1, args[n]);
      }
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
