package id.banyuwangi.kampung.read;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.LocalDate;
import org.jooq.Field;
import org.jooq.Table;

/** The region ({@code r}) and period ({@code p}) dimensions every public read joins, one definition for all. */
final class RegionPeriodTables {
  static final Table<?> R = table(name(PublicTables.REGIONS)).as("r");
  static final Field<String> R_AREA = field(name("r", "area_code"), String.class);
  static final Field<String> R_NAME = field(name("r", "area_name"), String.class);
  static final Field<String> R_LEVEL = field(name("r", "area_level"), String.class);
  static final Field<String> R_PARENT = field(name("r", "parent_code"), String.class);

  static final Table<?> P = table(name(PublicTables.PERIODS)).as("p");
  static final Field<String> P_PERIOD = field(name("p", "period"), String.class);
  static final Field<String> P_KIND = field(name("p", "period_kind"), String.class);
  static final Field<LocalDate> P_START = field(name("p", "start_date"), LocalDate.class);
  static final Field<LocalDate> P_END = field(name("p", "end_date"), LocalDate.class);

  private RegionPeriodTables() {}
}
