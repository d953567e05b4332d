package id.banyuwangi.kampung.warehouse.internal.datatest;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One data test, run against the built models before anything is published: it finds the rows (or
 * the facts) that break a rule; none found is a pass.
 */
public interface DataTest {
  /** Readable and unique within a build: {@code not_null(stg_idm.village_code)}. */
  String name();

  /** The model the test is declared on. */
  String model();

  /** Runs the test; a failure says how many rows broke the rule and shows a few. */
  TestResult run(Connection connection) throws SQLException;
}
