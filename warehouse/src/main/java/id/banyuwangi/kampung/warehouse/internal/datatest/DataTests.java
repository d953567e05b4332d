package id.banyuwangi.kampung.warehouse.internal.datatest;

import static org.jooq.impl.DSL.abs;
import static org.jooq.impl.DSL.asterisk;
import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.not;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.table;

import id.banyuwangi.kampung.warehouse.internal.project.Identifiers;
import id.banyuwangi.kampung.warehouse.internal.project.Model;
import id.banyuwangi.kampung.warehouse.internal.project.ModelSchema.TestSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * The generic data tests a model's {@code .yml} may declare, dbt's and this project's own, each
 * compiled to the query of its failing rows:
 *
 * <ul>
 *   <li>{@code not_null} (column): rows where the column is NULL;
 *   <li>{@code unique} (column, or model-level {@code {columns: [...]}}): key values seen twice;
 *   <li>{@code accepted_values: {values: [...]}} (column): other values;
 *   <li>{@code relationships: {to: model, field: f}} or {@code {to: model, fields: {col: f, ...}}}:
 *       values with no matching row in the other model (NULLs pass);
 *   <li>{@code expression_is_true: {expression: "..."}}: rows where the SQL predicate is not true;
 *   <li>{@code members_add_up} (a measure table): per measure, area, period and partition breakdown,
 *       the members of an additive measure sum to its total.
 * </ul>
 *
 * Every test takes an optional {@code where: "..."} that limits the rows it looks at.
 */
public final class DataTests {
  private static final DSLContext SQL = Identifiers.dsl();

  private DataTests() {}

  /** The tests declared in a model's .yml, in declaration order. */
  public static List<DataTest> declared(Model model) {
    List<DataTest> tests = new ArrayList<>();
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (TestSpec spec : model.schema().allTests()) {
      String base = spec.kind() + "(" + model.name() + spec.column().map(c -> "." + c).orElse("") + ")";
      int n = seen.merge(base, 1, Integer::sum);
      tests.add(compile(model.name(), n == 1 ? base : base + "#" + n, spec));
    }
    return tests;
  }

  static DataTest compile(String model, String name, TestSpec spec) {
    Table<?> t = table(name(model)).as("t");
    Condition where = spec.text("where").map(w -> condition(w)).orElse(noCondition());
    return switch (spec.kind()) {
      case "not_null" -> query(model, name, spec,
          SQL.select(asterisk()).from(t).where(where).and(column(spec, "t").isNull()));
      case "unique" -> {
        List<Field<Object>> key = spec.column().isPresent() ? List.of(column(spec, "t"))
            : spec.list("columns").stream().map(c -> field(name("t", c))).toList();
        yield query(model, name, spec, SQL.select(key).select(count().as("rows")).from(t).where(where)
            .groupBy(key).having(count().gt(1)));
      }
      case "accepted_values" -> query(model, name, spec,
          SQL.select(asterisk()).from(t).where(where).and(column(spec, "t").isNotNull())
              .and(column(spec, "t").notIn(spec.list("values").stream().map(v -> inline(v)).toList())));
      case "relationships" -> relationships(model, name, spec, t, where);
      case "expression_is_true" -> query(model, name, spec, SQL.select(asterisk()).from(t).where(where)
          .and(not(condition(spec.text("expression").orElseThrow(() -> missing(name, "expression"))))));
      case "members_add_up" -> membersAddUp(model, name, spec);
      default -> throw new IllegalStateException(name + ": unknown test kind '" + spec.kind() + "'");
    };
  }

  private static DataTest relationships(String model, String name, TestSpec spec, Table<?> t, Condition where) {
    String to = spec.text("to").orElseThrow(() -> missing(name, "to"));
    Map<String, String> pairs = new LinkedHashMap<>();
    if (spec.column().isPresent()) {
      pairs.put(spec.column().get(), spec.text("field").orElseThrow(() -> missing(name, "field")));
    } else {
      spec.args().path("fields").fields().forEachRemaining(e -> pairs.put(e.getKey(), e.getValue().asText()));
    }
    Table<?> other = table(name(to)).as("o");
    Condition match = noCondition();
    Condition present = noCondition();
    for (Map.Entry<String, String> p : pairs.entrySet()) {
      match = match.and(field(name("o", p.getValue())).eq(field(name("t", p.getKey()))));
      present = present.and(field(name("t", p.getKey())).isNotNull());
    }
    return query(model, name, spec, SQL.select(asterisk()).from(t).where(where).and(present)
        .and(notExists(selectOne().from(other).where(match))));
  }

  /**
   * Members of a partition breakdown add up to their total, for the additive measures (a
   * statistic such as a median does not add up). The model must have the measure table's columns.
   */
  private static DataTest membersAddUp(String model, String name, TestSpec spec) {
    Table<?> m = table(name(model)).as("m");
    Table<?> total = table(name(model)).as("total");
    Table<?> b = table(name("dim_breakdown")).as("b");
    Table<?> d = table(name("dim_measure")).as("d");
    Field<Double> value = field(name("m", "value"), Double.class);
    Field<Double> totalValue = field(name("total", "value"), Double.class);
    List<Field<?>> grain = List.of(field(name("m", "measure")), field(name("m", "area_code")),
        field(name("m", "period")), field(name("m", "period_kind")), field(name("m", "breakdown")));
    Condition sameCell = noCondition();
    for (String c : List.of("measure", "area_code", "period", "period_kind")) {
      sameCell = sameCell.and(field(name("total", c)).eq(field(name("m", c))));
    }
    Field<Double> members = sum(value).coerce(Double.class);
    List<Field<?>> groups = new ArrayList<>(grain);
    groups.add(totalValue);
    return query(model, name, spec, SQL.select(grain).select(members.as("members"), totalValue.as("total"))
        .from(m)
        .join(b).on(field(name("b", "breakdown")).eq(field(name("m", "breakdown")))
            .and(field(name("b", "is_partition"), Boolean.class).isTrue()))
        .join(d).on(field(name("d", "measure")).eq(field(name("m", "measure")))
            .and(field(name("d", "additive"), Boolean.class).isTrue()))
        .join(total).on(sameCell).and(field(name("total", "breakdown")).eq(inline("total")))
        .groupBy(groups)
        // sums of doubles need not round alike: a relative tolerance far below any real difference
        .having(abs(members.minus(totalValue)).gt(greatest(inline(1.0), abs(totalValue)).mul(inline(1e-9)))));
  }

  private static Field<Object> column(TestSpec spec, String alias) {
    return field(name(alias, spec.column().orElseThrow(() -> new IllegalStateException(
        spec.kind() + " needs a column: declare it under the column or give its columns"))));
  }

  private static QueryTest query(String model, String name, TestSpec spec, org.jooq.Select<?> failing) {
    return new QueryTest(name, model, spec.kind(), failing);
  }

  private static IllegalStateException missing(String test, String argument) {
    return new IllegalStateException(test + " needs '" + argument + "'");
  }
}
