package id.banyuwangi.kampung.warehouse.internal.datatest;

import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.domain.period.PeriodKind;
import id.banyuwangi.kampung.warehouse.internal.project.Project;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every catalog indicator whose sources hold data has cells: for every period kind it declares,
 * and for every breakdown it declares. A catalog row that names a measure no model computes, or a
 * breakdown the measures do not have, fails the build here, with the indicator's code, instead of
 * being dropped silently.
 *
 * @param sourceRows the rows of each pinned lake table, by path
 */
record CatalogCoverage(String model, IndicatorCatalog catalog, Project project, Map<String, Long> sourceRows)
    implements DataTest {
  /** The period spine reads every dated source for its extent; a family's data are its other sources. */
  private static final java.util.Set<String> SPINE = java.util.Set.of("dim_period");

  @Override
  public String name() {
    return "catalog_coverage(" + model + ")";
  }

  @Override
  public TestResult run(Connection connection) throws SQLException {
    List<String> problems = new ArrayList<>();
    for (Indicator i : catalog.all()) {
      String family = catalog.measure(i.valueMeasure()).orElseThrow().model();
      if (project.model(family).isEmpty()) {
        problems.add("indicator " + i.code() + ": measure " + i.valueMeasure() + " names model " + family
            + ", which does not exist");
        continue;
      }
      boolean hasData = project.upstreamSources(family, SPINE).stream().allMatch(s -> sourceRows.getOrDefault(s, 0L) > 0);
      if (!hasData) {
        continue; // no data yet for this family: no cells expected
      }
      for (PeriodKind kind : i.periods()) {
        if (cells(connection, i.code(), "period_kind", kind.name()) == 0) {
          problems.add("indicator " + i.code() + " has no " + kind + " cells, though its sources hold rows");
        }
      }
      for (String breakdown : i.breakdowns()) {
        if (cells(connection, i.code(), "breakdown", breakdown) == 0) {
          problems.add("indicator " + i.code() + " is declared by " + breakdown + ", which its measures do not have");
        }
      }
    }
    return new TestResult(name(), model, "catalog_coverage", problems.size(), problems);
  }

  /** Cells of an indicator with one column equal to a value; the column is one of two fixed names. */
  private long cells(Connection connection, String indicator, String column, String value) throws SQLException {
    String sql = switch (column) {
      case "period_kind" -> "SELECT count(*) FROM mart_indicator_cell WHERE indicator_code = ? AND period_kind = ?";
      case "breakdown" -> "SELECT count(*) FROM mart_indicator_cell WHERE indicator_code = ? AND breakdown = ?";
      default -> throw new IllegalArgumentException(column);
    };
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      s.setString(1, indicator);
      s.setString(2, value);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
