package id.banyuwangi.kampung.warehouse.internal.datatest;

import id.banyuwangi.kampung.warehouse.internal.project.Model;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A model's .yml documents exactly its columns: docs that drift from the SQL fail the build. */
record DocumentedColumns(Model of) implements DataTest {
  @Override
  public String name() {
    return "documented_columns(" + of.name() + ")";
  }

  @Override
  public String model() {
    return of.name();
  }

  @Override
  public TestResult run(Connection connection) throws SQLException {
    List<String> actual = new ArrayList<>(TableColumns.of(connection, of.name()).keySet());
    List<String> problems = new ArrayList<>();
    for (String c : actual) {
      if (!of.documentedColumns().contains(c)) {
        problems.add("column " + c + " is not in " + of.name() + ".yml");
      }
    }
    for (String c : of.documentedColumns()) {
      if (!actual.contains(c)) {
        problems.add(of.name() + ".yml documents " + c + ", which the model does not have");
      }
    }
    return new TestResult(name(), of.name(), "documented_columns", problems.size(), problems);
  }
}
