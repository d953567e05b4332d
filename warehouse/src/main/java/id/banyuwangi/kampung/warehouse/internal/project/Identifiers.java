package id.banyuwangi.kampung.warehouse.internal.project;

import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/** SQL identifiers rendered by jOOQ for DuckDB, so no name is ever spliced into SQL by hand. */
public final class Identifiers {
  private static final org.jooq.DSLContext DUCKDB = DSL.using(SQLDialect.DUCKDB,
      new Settings().withRenderQuotedNames(RenderQuotedNames.ALWAYS));

  static {
    System.setProperty("org.jooq.no-logo", "true");
    System.setProperty("org.jooq.no-tips", "true");
  }

  private Identifiers() {}

  public static String quote(String name) {
    return DUCKDB.render(DSL.name(name));
  }

  /** The jOOQ context the build renders its run-time SQL with. */
  public static org.jooq.DSLContext dsl() {
    return DUCKDB;
  }
}
