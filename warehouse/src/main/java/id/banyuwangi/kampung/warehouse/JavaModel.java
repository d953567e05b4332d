package id.banyuwangi.kampung.warehouse;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A model computed in Java rather than SQL, for logic that must not be re-implemented in SQL (the
 * WHO growth standards). Listed in {@code models/models.txt} as {@code java/<name>} and registered
 * in {@link ModelRunner}; like a SQL model it reads only dimensions and models listed above it and
 * creates exactly one table, {@link #name()}.
 */
interface JavaModel {
  /** The table the model creates, e.g. {@code fact_child_growth}. */
  String name();

  /** One line on what the table holds, as a SQL model's {@code -- purpose:} line. */
  String purpose();

  /** Creates table {@link #name()} on {@code connection}, inside the build's transaction. */
  void create(Connection connection) throws SQLException;
}
