package id.banyuwangi.kampung.read;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import id.banyuwangi.kampung.domain.region.AreaLevel;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;

/** The areas of a published warehouse ({@code dim_region}): one area by code, and the areas one level below it. */
public final class Areas {
  /** An area as the warehouse names it. */
  public record Row(String code, String name, AreaLevel level) {}

  private static final Table<?> REGION = table(name(PublicTables.REGIONS));
  private static final Field<String> CODE = field(name("area_code"), String.class);
  private static final Field<String> NAME = field(name("area_name"), String.class);
  private static final Field<String> LEVEL = field(name("area_level"), String.class);
  private static final Field<String> PARENT = field(name("parent_code"), String.class);

  private final DSLContext sql;

  public Areas(Connection connection) {
    this.sql = DSL.using(connection, SQLDialect.DUCKDB);
  }

  public Optional<Row> find(String code) {
    return sql.select(CODE, NAME, LEVEL).from(REGION).where(CODE.eq(code)).fetchOptional(Areas::row);
  }

  /** The areas one level below {@code parent}, by code. */
  public List<Row> children(String parent) {
    return sql.select(CODE, NAME, LEVEL).from(REGION).where(PARENT.eq(parent)).orderBy(CODE).fetch(Areas::row);
  }

  /** Every area with its parent (null for the regency), regency first, then by code. */
  public List<Placed> all() {
    return sql.select(CODE, NAME, LEVEL, PARENT).from(REGION)
        .orderBy(DSL.length(CODE), CODE)
        .fetch(r -> new Placed(new Row(r.value1(), r.value2(), AreaLevel.valueOf(r.value3())), r.value4()));
  }

  /** An area and the code of the area one level above it (null for the regency). */
  public record Placed(Row area, String parentCode) {}

  private static Row row(Record3<String, String, String> r) {
    return new Row(r.value1(), r.value2(), AreaLevel.valueOf(r.value3()));
  }
}
