package id.banyuwangi.kampung.warehouse.internal.datatest;

import id.banyuwangi.kampung.domain.lake.LakeColumn;
import id.banyuwangi.kampung.domain.lake.LakeContract;
import id.banyuwangi.kampung.warehouse.internal.project.Model;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Privacy by construction: a public model (what API, reports and notebooks read) has no column
 * that the lake contract marks as personal data (ids, pseudonyms, birth dates, free text).
 */
record NoPersonalColumns(Model of) implements DataTest {
  static final Set<String> PERSONAL = personalColumnNames();

  @Override
  public String name() {
    return "no_personal_columns(" + of.name() + ")";
  }

  @Override
  public String model() {
    return of.name();
  }

  @Override
  public TestResult run(Connection connection) throws SQLException {
    List<String> found = new ArrayList<>(TableColumns.of(connection, of.name()).keySet());
    found.retainAll(PERSONAL);
    return new TestResult(name(), of.name(), "no_personal_columns", found.size(), found);
  }

  private static Set<String> personalColumnNames() {
    Set<String> names = new TreeSet<>();
    LakeContract.tables().forEach(t -> t.personalColumns().stream().map(LakeColumn::name).forEach(names::add));
    LakeContract.CSV_SOURCES.forEach(s -> names.addAll(s.identifiers()));
    return Set.copyOf(names);
  }
}
