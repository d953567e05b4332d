package id.banyuwangi.kampung.warehouse.internal.datatest;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import id.banyuwangi.kampung.warehouse.internal.project.Identifiers;
import org.jooq.DSLContext;
import org.jooq.Select;
import org.jooq.conf.ParamType;

/** A data test whose failures are the rows of one query (built with jOOQ, never concatenated). */
record QueryTest(String name, String model, String kind, Select<?> failingRows) implements DataTest {
  private static final int EXAMPLES = 3;
  private static final int EXAMPLE_CHARS = 240;
  private static final DSLContext DSL_CONTEXT = Identifiers.dsl();

  @Override
  public TestResult run(Connection connection) throws SQLException {
    org.jooq.Table<?> failing = failingRows.asTable("failing");
    String count = DSL_CONTEXT.selectCount().from(failing).getSQL(ParamType.INLINED);
    String sample = DSL_CONTEXT.selectFrom(failing).limit(EXAMPLES).getSQL(ParamType.INLINED);
    long failures;
    List<String> examples = new ArrayList<>();
    try (Statement s = connection.createStatement()) {
      try (ResultSet rs = s.executeQuery(count)) {
        rs.next();
        failures = rs.getLong(1);
      }
      if (failures > 0) {
        try (ResultSet rs = s.executeQuery(sample)) {
          ResultSetMetaData meta = rs.getMetaData();
          while (rs.next()) {
            List<String> values = new ArrayList<>();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
              values.add(meta.getColumnLabel(c) + "=" + rs.getString(c));
            }
            String example = String.join(" ", values);
            examples.add(example.length() > EXAMPLE_CHARS ? example.substring(0, EXAMPLE_CHARS) + "..." : example);
          }
        }
      }
    }
    return new TestResult(name, model, kind, failures, examples);
  }
}
