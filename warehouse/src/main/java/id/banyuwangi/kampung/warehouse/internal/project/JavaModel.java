package id.banyuwangi.kampung.warehouse.internal.project;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

/**
 * A model computed in Java rather than SQL: a seed (a dimension loaded from the domain catalogs,
 * never from the lake) or logic that must not be written again in SQL (the WHO growth standards,
 * the period rules). Like a SQL model it reads only the models it declares in {@link #refs()} and
 * creates exactly one table, {@link #name()}; its documentation and tests are in its {@code .yml}.
 */
public interface JavaModel {
  /** The table the model creates, e.g. {@code fact_child_growth}. */
  String name();

  /** One line on what the table holds, as a SQL model's {@code -- purpose:} line. */
  String purpose();

  /** The models it reads (none for a seed). */
  default Set<String> refs() {
    return Set.of();
  }

  /** Creates table {@link #name()} on {@code connection}, inside the build's transaction. */
  void create(Connection connection, BuildContext context) throws SQLException;
}
