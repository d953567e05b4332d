package id.banyuwangi.kampung.read;

import static id.banyuwangi.kampung.read.RegionPeriodTables.R;
import static id.banyuwangi.kampung.read.RegionPeriodTables.R_AREA;
import static id.banyuwangi.kampung.read.RegionPeriodTables.R_NAME;
import static id.banyuwangi.kampung.read.RegionPeriodTables.R_LEVEL;
import static id.banyuwangi.kampung.read.RegionPeriodTables.P;
import static id.banyuwangi.kampung.read.RegionPeriodTables.P_PERIOD;
import static id.banyuwangi.kampung.read.RegionPeriodTables.P_KIND;
import static id.banyuwangi.kampung.read.RegionPeriodTables.P_START;
import static id.banyuwangi.kampung.read.RegionPeriodTables.P_END;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.not;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.table;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.SelectLimitStep;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Reads indicator cells (totals and breakdown members together) by a {@link CellFilter}, in one
 * stable order (indicator, area, period by calendar, period kind, breakdown, member, band): the
 * order of the unique key of a cell, so that pages ({@code offset}) of one build never overlap nor
 * miss a row. Public reads see {@code public_indicator_cell}; a {@link Access#RESTRICTED} read sees
 * every number, with why public outputs hide it. Every value is a bind value.
 */
public final class IndicatorCells {
  /** Which numbers a read may see. */
  public enum Access { PUBLIC, RESTRICTED }

  private static final Field<String> INDICATOR = field(name("c", "indicator_code"), String.class);
  private static final Field<String> AREA = field(name("c", "area_code"), String.class);
  private static final Field<String> PERIOD = field(name("c", "period"), String.class);
  private static final Field<String> KIND = field(name("c", "period_kind"), String.class);
  private static final Field<String> BREAKDOWN = field(name("c", "breakdown"), String.class);
  private static final Field<String> MEMBER = field(name("c", "member"), String.class);
  private static final Field<String> CATEGORY = field(name("c", "category"), String.class);
  private static final Field<Double> VALUE = field(name("c", "value"), Double.class);
  private static final Field<Double> NUMERATOR = field(name("c", "numerator"), Double.class);
  private static final Field<Double> DENOMINATOR = field(name("c", "denominator"), Double.class);
  private static final Field<Boolean> SUPPRESSED = field(name("c", "suppressed"), Boolean.class);
  private static final Field<String> SUPPRESSION = field(name("c", "suppression"), String.class);

  private final DSLContext sql;

  /** Reads through the given connection; the caller keeps and closes it. */
  public IndicatorCells(Connection connection) {
    this.sql = DSL.using(connection, SQLDialect.DUCKDB);
  }

  /** Up to {@code limit} cells after the first {@code offset}, in the stable order. */
  public List<Cell> list(CellFilter filter, Access access, long offset, int limit) {
    return query(filter, access).limit(limit).offset(offset).fetch(IndicatorCells::cell);
  }

  /** Every matching cell, one at a time, never all of them in memory. */
  public void forEach(CellFilter filter, Access access, Consumer<Cell> consumer) {
    try (Cursor<Record> cursor = query(filter, access).fetchSize(2048).fetchLazy()) {
      for (Record r : cursor) {
        consumer.accept(cell(r));
      }
    }
  }

  private SelectLimitStep<Record> query(CellFilter f, Access access) {
    List<Field<?>> columns = List.of(INDICATOR, AREA, R_NAME, R_LEVEL, PERIOD, KIND, P_START, P_END, BREAKDOWN,
        MEMBER, CATEGORY, VALUE, NUMERATOR, DENOMINATOR, SUPPRESSED, SUPPRESSION);
    return sql.select(columns)
        .from(cells(access))
        .join(R).on(R_AREA.eq(AREA))
        .join(P).on(P_PERIOD.eq(PERIOD)).and(P_KIND.eq(KIND))
        .where(condition(f))
        .orderBy(INDICATOR.asc(), AREA.asc(), P_START.asc(), P_END.desc(), PERIOD.asc(), KIND.asc(),
            BREAKDOWN.asc(), MEMBER.asc(), CATEGORY.asc().nullsFirst());
  }

  /** The cells under the alias {@code c}, with the same columns for both kinds of read. */
  private static Table<?> cells(Access access) {
    if (access == Access.PUBLIC) {
      return table(name(PublicTables.CELLS)).as("c");
    }
    Table<?> m = table(name(PublicTables.RESTRICTED_CELLS)).as("m");
    Table<?> d = table(name(PublicTables.DISCLOSURE)).as("d");
    Field<String> dSuppression = field(name("d", "suppression"), String.class);
    List<Field<?>> columns = new ArrayList<>();
    for (String c : List.of("indicator_code", "area_code", "period", "period_kind", "breakdown", "member", "category",
        "value", "numerator", "denominator")) {
      columns.add(field(name("m", c)).as(c));
    }
    columns.add(dSuppression.isNotNull().as("suppressed"));
    columns.add(dSuppression.as("suppression"));
    Condition same = noCondition();
    for (String c : List.of("indicator_code", "area_code", "period", "period_kind", "breakdown", "member")) {
      same = same.and(field(name("d", c)).eq(field(name("m", c))));
    }
    return select(columns).from(m).leftJoin(d).on(same).asTable("c");
  }

  private static Condition condition(CellFilter f) {
    Condition c = noCondition();
    c = c.and(in(INDICATOR, f.indicators())).and(in(AREA, f.areas())).and(in(R_LEVEL, f.levels()))
        .and(in(PERIOD, f.periods())).and(in(BREAKDOWN, f.breakdowns()))
        .and(in(KIND, f.kinds().stream().map(Enum::name).toList()));
    if (f.startFrom() != null) {
      c = c.and(P_START.ge(f.startFrom()));
    }
    if (f.endBy() != null) {
      c = c.and(P_END.le(f.endBy()));
    }
    for (Map.Entry<String, Set<String>> e : f.members().entrySet()) {
      c = c.and(membersOf(e.getKey(), e.getValue()));
    }
    for (Map.Entry<String, Set<String>> e : f.bands().entrySet()) {
      c = c.and(bandsOf(f.bandIndicators().getOrDefault(e.getKey(), List.of()), e.getValue()));
    }
    return c;
  }

  /** A cell's member of {@code breakdown} is its member when broken down by it, else the total. */
  private static Condition membersOf(String breakdown, Set<String> wanted) {
    Set<String> members = new HashSet<>(wanted);
    boolean total = members.remove(CellFilter.TOTAL);
    Condition byIt = BREAKDOWN.eq(breakdown).and(members.isEmpty() ? falseCondition() : MEMBER.in(members));
    return total ? byIt.or(BREAKDOWN.ne(breakdown)) : byIt;
  }

  /** A cell's band under a category breakdown: its category for that breakdown's indicators, else the total. */
  private static Condition bandsOf(List<String> indicators, Set<String> wanted) {
    Set<String> bands = new HashSet<>(wanted);
    boolean total = bands.remove(CellFilter.TOTAL);
    Condition banded = indicators.isEmpty() ? falseCondition() : INDICATOR.in(indicators).and(CATEGORY.isNotNull());
    Condition inBand = banded.and(bands.isEmpty() ? falseCondition() : CATEGORY.in(bands));
    return total ? inBand.or(not(banded)) : inBand;
  }

  private static Condition in(Field<String> field, List<String> values) {
    return values.isEmpty() ? noCondition() : field.in(values);
  }

  private static Cell cell(Record r) {
    String breakdown = r.get(BREAKDOWN);
    boolean total = breakdown == null || breakdown.equals(CellFilter.TOTALS);
    return new Cell(r.get(INDICATOR), r.get(AREA), r.get(R_NAME), r.get(R_LEVEL), r.get(PERIOD), r.get(KIND),
        r.get(P_START), r.get(P_END), total ? null : breakdown, total ? null : r.get(MEMBER), r.get(CATEGORY),
        r.get(VALUE), r.get(NUMERATOR), r.get(DENOMINATOR), Boolean.TRUE.equals(r.get(SUPPRESSED)),
        r.get(SUPPRESSION));
  }

}
