package id.banyuwangi.kampung.read;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Small helpers of the readers: whether a build has a table (older builds lack newer ones), a count that may be null. */
final class Reads {
  private Reads() {}

  static boolean exists(DSLContext sql, String table) {
    return sql.fetchCount(DSL.table(DSL.name("information_schema", "tables")), DSL.field(DSL.name("table_name")).eq(table)) > 0;
  }

  static long count(Record r, int i) {
    Long value = r.get(i, Long.class);
    return value == null ? 0 : value;
  }
}
