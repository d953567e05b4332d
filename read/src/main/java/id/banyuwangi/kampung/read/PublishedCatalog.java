package id.banyuwangi.kampung.read;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import id.banyuwangi.kampung.domain.indicator.Breakdown;
import id.banyuwangi.kampung.domain.indicator.Direction;
import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.domain.indicator.Measure;
import id.banyuwangi.kampung.domain.indicator.MeasureKind;
import id.banyuwangi.kampung.domain.indicator.PeriodBoundary;
import id.banyuwangi.kampung.domain.indicator.Rollup;
import id.banyuwangi.kampung.domain.indicator.YearRange;
import id.banyuwangi.kampung.domain.period.PeriodKind;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * The catalog a published warehouse was built with ({@code dim_indicator}, {@code dim_measure},
 * {@code dim_breakdown}, {@code dim_breakdown_member}), read back as an {@link IndicatorCatalog}.
 * Outputs serve the build's own catalog, so an indicator added to the catalog appears in the API
 * and the dashboard with its first build, and an earlier build is read with its own definitions.
 */
public final class PublishedCatalog {
  private PublishedCatalog() {}

  public static IndicatorCatalog read(Connection connection) {
    DSLContext sql = DSL.using(connection, SQLDialect.DUCKDB);
    List<Measure> measures = sql.selectFrom(table(name(PublicTables.MEASURES))).orderBy(field(name("catalog_order"))).fetch(r -> new Measure(
        text(r, "measure"), text(r, "description"), text(r, "unit"), MeasureKind.valueOf(text(r, "kind")),
        PeriodBoundary.parse(text(r, "boundary")), text(r, "model")));
    Map<String, List<Breakdown.Member>> members = new LinkedHashMap<>();
    sql.selectFrom(table(name(PublicTables.BREAKDOWN_MEMBERS)))
        .orderBy(field(name("breakdown")), field(name("member_order")))
        .forEach(r -> members.computeIfAbsent(text(r, "breakdown"), b -> new ArrayList<>())
            .add(new Breakdown.Member(text(r, "member"), text(r, "name_id"), text(r, "name_en"))));
    List<Breakdown> breakdowns = sql.selectFrom(table(name(PublicTables.BREAKDOWN_KINDS))).orderBy(field(name("catalog_order"))).fetch(r -> new Breakdown(
        text(r, "breakdown"), text(r, "name_id"), text(r, "name_en"), r.get(field(name("is_partition"), Boolean.class)),
        members.getOrDefault(text(r, "breakdown"), List.of())));
    List<Indicator> indicators = sql.selectFrom(table(name(PublicTables.INDICATORS)))
        .orderBy(field(name("catalog_order"))).fetch(PublishedCatalog::indicator);
    return IndicatorCatalog.of(indicators, measures, breakdowns, minCell(sql));
  }

  /** The threshold the build suppressed with; builds made before it was recorded used the shipped one. */
  private static int minCell(DSLContext sql) {
    String recorded = sql.select(field(name("value"), String.class)).from(table(name(PublicTables.BUILD_INFO)))
        .where(field(name("key"), String.class).eq("min_cell")).fetchOne(0, String.class);
    return recorded == null ? IndicatorCatalog.standard().minCell() : Integer.parseInt(recorded);
  }

  private static Indicator indicator(Record r) {
    return new Indicator(text(r, "code"), text(r, "name_id"), text(r, "name_en"), text(r, "unit"), text(r, "domain"),
        text(r, "definition"), Direction.valueOf(text(r, "direction")), text(r, "numerator"), text(r, "denominator"),
        text(r, "statistic"), text(r, "cell_count"), text(r, "small_cell_unit"),
        PeriodBoundary.parse(text(r, "period_boundary")), r.get(field(name("scale"), Double.class)),
        r.get(field(name("decimals"), Integer.class)), Rollup.valueOf(text(r, "rollup")),
        list(r, "periods").stream().map(PeriodKind::valueOf).toList(), list(r, "disaggregations"),
        text(r, "category"), text(r, "framework"), YearRange.parse(text(r, "valid_years")));
  }

  private static String text(Record r, String column) {
    return r.get(field(name(column), String.class));
  }

  private static List<String> list(Record r, String column) {
    Object value = r.get(field(name(column)));
    if (value instanceof Object[] array) {
      return Arrays.stream(array).map(Object::toString).toList();
    }
    if (value instanceof java.sql.Array array) {
      try {
        return Arrays.stream((Object[]) array.getArray()).map(Object::toString).toList();
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException("cannot read " + column, e);
      }
    }
    throw new IllegalStateException(column + " is not a list: " + value);
  }
}
