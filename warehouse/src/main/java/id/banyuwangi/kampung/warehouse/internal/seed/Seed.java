package id.banyuwangi.kampung.warehouse.internal.seed;

import id.banyuwangi.kampung.warehouse.internal.project.BuildContext;
import id.banyuwangi.kampung.warehouse.internal.project.JavaModel;
import java.sql.Connection;
import java.sql.SQLException;
import org.duckdb.DuckDBConnection;

/** A dimension loaded from the domain's catalogs or reference data (dbt's seed), never from the lake. */
record Seed(String name, String purpose, Loader loader) implements JavaModel {
  /** Creates and fills the seed's table. */
  interface Loader {
    void load(DuckDBConnection connection, BuildContext context) throws SQLException;
  }

  @Override
  public void create(Connection connection, BuildContext context) throws SQLException {
    loader.load(connection.unwrap(DuckDBConnection.class), context);
  }
}
