package id.banyuwangi.kampung.warehouse.internal.datatest;

import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.warehouse.internal.project.Model;
import id.banyuwangi.kampung.warehouse.internal.project.Project;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every data test of a build: those the models' .yml declare, plus the project's own checks (each
 * model's columns documented, no personal column in a public model, every catalog indicator with
 * cells). Run after all models, before anything is published.
 */
public final class DataTestRunner {
  private DataTestRunner() {}

  /** The tests of a project, in run order of their models. */
  public static List<DataTest> tests(Project project, IndicatorCatalog catalog, Map<String, Long> sourceRows) {
    List<DataTest> tests = new ArrayList<>();
    for (Model model : project.models()) {
      tests.add(new DocumentedColumns(model));
      tests.addAll(DataTests.declared(model));
      if (model.folder().equals("public")) {
        tests.add(new NoPersonalColumns(model));
      }
      if (model.name().equals("mart_indicator_cell")) {
        tests.add(new CatalogCoverage(model.name(), catalog, project, sourceRows));
      }
    }
    return tests;
  }

  public static List<TestResult> run(Connection connection, List<DataTest> tests) throws SQLException {
    List<TestResult> results = new ArrayList<>();
    for (DataTest test : tests) {
      try {
        results.add(test.run(connection));
      } catch (SQLException e) {
        throw new SQLException("data test " + test.name() + " could not run: " + e.getMessage(), e);
      }
    }
    return results;
  }
}
