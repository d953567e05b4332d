package id.banyuwangi.kampung.read;

import static id.banyuwangi.kampung.read.RegionPeriodTables.R;
import static id.banyuwangi.kampung.read.RegionPeriodTables.R_AREA;
import static id.banyuwangi.kampung.read.RegionPeriodTables.R_NAME;
import static id.banyuwangi.kampung.read.RegionPeriodTables.R_LEVEL;
import static id.banyuwangi.kampung.read.RegionPeriodTables.R_PARENT;
import static id.banyuwangi.kampung.read.RegionPeriodTables.P;
import static id.banyuwangi.kampung.read.RegionPeriodTables.P_PERIOD;
import static id.banyuwangi.kampung.read.RegionPeriodTables.P_KIND;
import static id.banyuwangi.kampung.read.RegionPeriodTables.P_START;
import static id.banyuwangi.kampung.read.RegionPeriodTables.P_END;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.table;

import id.banyuwangi.kampung.domain.development.IdmStatus;
import id.banyuwangi.kampung.domain.period.PeriodKind;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Reads the public values ({@code public_indicator_value}, suppression already applied) with their
 * area names from {@code dim_region}. Every argument is a bind value; nothing is concatenated into
 * SQL. Periods are returned in calendar order, a period before the shorter periods it contains
 * (2024, 2024-Q1, 2024-01, ...); the rows of a categorical indicator (IDM_STATUS) within one area
 * and period by band, best band first.
 */
public final class IndicatorValues {
  static { // keep jOOQ's start-up banner and tips out of server and report logs
    System.setProperty("org.jooq.no-logo", "true");
    System.setProperty("org.jooq.no-tips", "true");
  }

  private static final Table<?> V = table(name(PublicTables.VALUES)).as("v");
  /** The breakdown cells, under the same alias: every V_ field reads them too. */
  private static final Table<?> B = table(name(PublicTables.BREAKDOWNS)).as("v");
  private static final Field<String> B_BREAKDOWN = field(name("v", "breakdown"), String.class);
  private static final Field<String> B_MEMBER = field(name("v", "member"), String.class);
  private static final Field<String> V_INDICATOR = field(name("v", "indicator_code"), String.class);
  private static final Field<String> V_AREA = field(name("v", "area_code"), String.class);
  private static final Field<String> V_PERIOD = field(name("v", "period"), String.class);
  private static final Field<String> V_PERIOD_KIND = field(name("v", "period_kind"), String.class);
  private static final Field<Double> V_VALUE = field(name("v", "value"), Double.class);
  private static final Field<Double> V_NUMERATOR = field(name("v", "numerator"), Double.class);
  private static final Field<Double> V_DENOMINATOR = field(name("v", "denominator"), Double.class);
  private static final Field<Boolean> V_SUPPRESSED = field(name("v", "suppressed"), Boolean.class);
  private static final Field<String> V_SUPPRESSION = field(name("v", "suppression"), String.class);
  private static final Field<String> V_CATEGORY = field(name("v", "category"), String.class);
  /** The IDM status bands, best first: MANDIRI, MAJU, BERKEMBANG, TERTINGGAL, SANGAT_TERTINGGAL. */
  public static final List<String> BANDS_BEST_FIRST = bandsBestFirst();

  private final DSLContext sql;

  /** Reads through the given connection; the caller keeps and closes it. */
  public IndicatorValues(Connection connection) {
    this.sql = DSL.using(connection, SQLDialect.DUCKDB);
  }

  /** The values of one area, for one period or (period null) for all periods. */
  public List<IndicatorValue> forArea(String indicator, String area, String period) {
    return forArea(indicator, area, period, null);
  }

  /**
   * As {@link #forArea(String, String, String)}, only values of the given period kind when
   * {@code kind} is not null ("2024" is a YEAR for one indicator and a SURVEY_YEAR for another).
   */
  public List<IndicatorValue> forArea(String indicator, String area, String period, PeriodKind kind) {
    return select(V_AREA.eq(area), indicator, period, kind, false);
  }

  /** The values of the areas one level below {@code parent}, ordered by area code. */
  public List<IndicatorValue> forChildren(String indicator, String parent, String period) {
    return forChildren(indicator, parent, period, null);
  }

  /** As {@link #forChildren(String, String, String)}, only of the given period kind when not null. */
  public List<IndicatorValue> forChildren(String indicator, String parent, String period, PeriodKind kind) {
    return select(R_PARENT.eq(parent), indicator, period, kind, true);
  }

  /**
   * One area's values (or, with {@code children}, those of the areas one level below it) broken
   * down by {@code breakdown} (sex, service or channel): per area, period in calendar order, then
   * member. Period and kind may be null as in {@link #forArea(String, String, String, PeriodKind)}.
   */
  public List<BreakdownValue> breakdown(String indicator, String area, boolean children, String period,
      PeriodKind kind, String breakdown) {
    Condition areas = children ? R_PARENT.eq(area) : V_AREA.eq(area);
    List<Field<?>> columns = new ArrayList<>(valueColumns());
    columns.add(B_MEMBER);
    return sql.select(columns)
        .from(B).join(R).on(R_AREA.eq(V_AREA))
        .leftJoin(P).on(P_PERIOD.eq(V_PERIOD)).and(P_KIND.eq(V_PERIOD_KIND))
        .where(V_INDICATOR.eq(indicator)).and(areas).and(inPeriod(period, kind)).and(B_BREAKDOWN.eq(breakdown))
        .orderBy(V_AREA.asc(), P_START.asc().nullsLast(), P_END.desc().nullsLast(), V_PERIOD.asc(), B_MEMBER.asc())
        .fetch(r -> new BreakdownValue(breakdown, r.get(B_MEMBER), toValue(r)));
  }

  /**
   * Every area's values of the given period codes (any kind), by indicator, area and period in
   * calendar order: one read for a whole year of reports (243 areas) instead of one per area.
   */
  public List<IndicatorValue> forPeriods(Collection<String> periods) {
    return sql.select(columns())
        .from(V).join(R).on(R_AREA.eq(V_AREA))
        .leftJoin(P).on(P_PERIOD.eq(V_PERIOD)).and(P_KIND.eq(V_PERIOD_KIND))
        .where(V_PERIOD.in(periods))
        .orderBy(V_INDICATOR.asc(), V_AREA.asc(), P_START.asc().nullsLast(), P_END.desc().nullsLast(), V_PERIOD.asc(),
            bandOrder(), V_CATEGORY.asc())
        .fetch(IndicatorValues::toValue);
  }

  /** Every public total, streamed in indicator, area and calendar order (for an export of all values). */
  public void forEachValue(Consumer<IndicatorValue> each) {
    try (Cursor<Record> rows = sql.select(columns())
        .from(V).join(R).on(R_AREA.eq(V_AREA))
        .leftJoin(P).on(P_PERIOD.eq(V_PERIOD)).and(P_KIND.eq(V_PERIOD_KIND))
        .orderBy(V_INDICATOR.asc(), V_AREA.asc(), P_START.asc().nullsLast(), P_END.desc().nullsLast(), V_PERIOD.asc(),
            bandOrder(), V_CATEGORY.asc())
        .fetchLazy()) {
      rows.forEach(r -> each.accept(toValue(r)));
    }
  }

  /** Every public breakdown member, streamed in indicator, area, calendar, breakdown and member order. */
  public void forEachBreakdown(Consumer<BreakdownValue> each) {
    List<Field<?>> columns = new ArrayList<>(valueColumns());
    columns.add(B_BREAKDOWN);
    columns.add(B_MEMBER);
    try (Cursor<Record> rows = sql.select(columns)
        .from(B).join(R).on(R_AREA.eq(V_AREA))
        .leftJoin(P).on(P_PERIOD.eq(V_PERIOD)).and(P_KIND.eq(V_PERIOD_KIND))
        .orderBy(V_INDICATOR.asc(), V_AREA.asc(), P_START.asc().nullsLast(), P_END.desc().nullsLast(), V_PERIOD.asc(),
            B_BREAKDOWN.asc(), B_MEMBER.asc())
        .fetchLazy()) {
      rows.forEach(r -> each.accept(new BreakdownValue(r.get(B_BREAKDOWN), r.get(B_MEMBER), toValue(r))));
    }
  }

  /** The series of one area over all periods of one kind, in calendar order. */
  public List<IndicatorValue> trend(String indicator, String area, PeriodKind kind) {
    return sql.select(columns())
        .from(V).join(R).on(R_AREA.eq(V_AREA))
        .leftJoin(P).on(P_PERIOD.eq(V_PERIOD)).and(P_KIND.eq(V_PERIOD_KIND))
        .where(V_INDICATOR.eq(indicator)).and(V_AREA.eq(area)).and(V_PERIOD_KIND.eq(kind.name()))
        .orderBy(P_START.asc().nullsLast(), V_PERIOD.asc(), bandOrder(), V_CATEGORY.asc())
        .fetch(IndicatorValues::toValue);
  }

  /** The latest period of a kind holding any value, not after {@code latest} (codes order as periods do); null for none. */
  public String latestPeriod(PeriodKind kind, String latest) {
    return sql.select(DSL.max(V_PERIOD)).from(V)
        .where(V_PERIOD_KIND.eq(kind.name())).and(V_PERIOD.le(latest))
        .fetchOne(0, String.class);
  }

  /** The first years of every yearly period holding a value (calendar, survey and school years), in order. */
  public List<String> yearsWithValues() {
    return sql.selectDistinct(DSL.substring(V_PERIOD, 1, 4)).from(V)
        .where(V_PERIOD_KIND.in(PeriodKind.YEAR.name(), PeriodKind.SURVEY_YEAR.name(), PeriodKind.SCHOOL_YEAR.name()))
        .orderBy(1).fetch(0, String.class);
  }

  /** The periods of {@code dim_period} that hold a value of any of the given indicators, in calendar order. */
  public List<AvailablePeriod> periodsWithValues(Collection<String> indicators) {
    return sql.select(P_PERIOD, P_KIND, P_START, P_END)
        .from(P)
        .whereExists(selectOne().from(V)
            .where(V_PERIOD.eq(P_PERIOD)).and(V_PERIOD_KIND.eq(P_KIND)).and(V_INDICATOR.in(indicators)))
        .orderBy(P_START.asc(), P_END.desc(), P_PERIOD.asc(), P_KIND.asc())
        .fetch(r -> new AvailablePeriod(r.get(P_PERIOD), r.get(P_KIND), r.get(P_START), r.get(P_END)));
  }

  private List<IndicatorValue> select(Condition areas, String indicator, String period, PeriodKind kind,
      boolean byAreaFirst) {
    List<SortField<?>> order = new ArrayList<>();
    if (byAreaFirst) {
      order.add(V_AREA.asc());
    }
    order.addAll(List.of(P_START.asc().nullsLast(), P_END.desc().nullsLast(), V_PERIOD.asc(), bandOrder(),
        V_CATEGORY.asc()));
    return sql.select(columns())
        .from(V).join(R).on(R_AREA.eq(V_AREA))
        .leftJoin(P).on(P_PERIOD.eq(V_PERIOD)).and(P_KIND.eq(V_PERIOD_KIND))
        .where(V_INDICATOR.eq(indicator)).and(areas).and(inPeriod(period, kind))
        .orderBy(order)
        .fetch(IndicatorValues::toValue);
  }

  /** Rows of one period (all when null), of one kind (any when null). */
  private static Condition inPeriod(String period, PeriodKind kind) {
    Condition ofPeriod = period == null ? noCondition() : V_PERIOD.eq(period);
    return kind == null ? ofPeriod : ofPeriod.and(V_PERIOD_KIND.eq(kind.name()));
  }

  /** The IDM bands best first (MANDIRI .. SANGAT_TERTINGGAL); other categories after them. */
  private static SortField<?> bandOrder() {
    return V_CATEGORY.sortAsc(BANDS_BEST_FIRST).nullsLast();
  }

  private static List<String> bandsBestFirst() {
    List<String> bands = new ArrayList<>(Arrays.stream(IdmStatus.values()).map(Enum::name).toList());
    Collections.reverse(bands);
    return List.copyOf(bands);
  }

  private static List<Field<?>> columns() {
    List<Field<?>> columns = new ArrayList<>(valueColumns());
    columns.add(V_CATEGORY);
    return columns;
  }

  /** The columns both public tables have (the breakdowns have no category). */
  private static List<Field<?>> valueColumns() {
    return List.of(V_INDICATOR, V_AREA, R_NAME, R_LEVEL, V_PERIOD, V_PERIOD_KIND, V_VALUE,
        V_NUMERATOR, V_DENOMINATOR, V_SUPPRESSED, V_SUPPRESSION);
  }

  private static IndicatorValue toValue(Record r) {
    boolean suppressed = Boolean.TRUE.equals(r.get(V_SUPPRESSED));
    return new IndicatorValue(r.get(V_INDICATOR), r.get(V_AREA), r.get(R_NAME), r.get(R_LEVEL),
        r.get(V_PERIOD), r.get(V_PERIOD_KIND),
        suppressed ? null : r.get(V_VALUE),
        suppressed ? null : r.get(V_NUMERATOR),
        suppressed ? null : r.get(V_DENOMINATOR),
        suppressed, suppressed ? r.get(V_SUPPRESSION) : null, r.field(V_CATEGORY) == null ? null : r.get(V_CATEGORY));
  }
}
