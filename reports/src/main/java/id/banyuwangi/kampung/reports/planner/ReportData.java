package id.banyuwangi.kampung.reports.planner;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.substring;
import static org.jooq.impl.DSL.table;

import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.domain.period.PeriodKind;
import id.banyuwangi.kampung.domain.region.AreaLevel;
import id.banyuwangi.kampung.reports.IndicatorValue;
import id.banyuwangi.kampung.reports.IndicatorValues;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Loads a {@link PlannerReport} from a warehouse. Reads only the public tables: the values from
 * {@code public_indicator_value} (suppression applied, through {@link IndicatorValues}), area
 * names from {@code dim_region} and the provenance from {@code _build_info} and
 * {@code _build_sources}; never a person-level table. Every argument is a bind value.
 */
public final class ReportData {
  private static final Table<?> REGION = table(name("dim_region"));
  private static final Field<String> AREA_CODE = field(name("area_code"), String.class);
  private static final Field<String> AREA_NAME = field(name("area_name"), String.class);
  private static final Field<String> AREA_LEVEL = field(name("area_level"), String.class);
  private static final Field<String> PARENT_CODE = field(name("parent_code"), String.class);

  private static final Table<?> VALUES = table(name("public_indicator_value"));
  private static final Field<String> PERIOD = field(name("period"), String.class);
  private static final Field<String> PERIOD_KIND = field(name("period_kind"), String.class);

  private static final Table<?> BUILD_INFO = table(name("_build_info"));
  private static final Field<String> KEY = field(name("key"), String.class);
  private static final Field<String> VALUE = field(name("value"), String.class);
  private static final Table<?> BUILD_SOURCES = table(name("_build_sources"));
  private static final Field<String> TABLE_NAME = field(name("table_name"), String.class);
  private static final Field<Long> DELTA_VERSION = field(name("delta_version"), Long.class);
  private static final Field<Long> FILE_COUNT = field(name("file_count"), Long.class);
  private static final Field<Long> ROW_COUNT = field(name("row_count"), Long.class);

  private final DSLContext sql;
  private final IndicatorValues values;
  private final IndicatorCatalog catalog;

  /** Reads through the given connection (read-only is enough); the caller keeps and closes it. */
  public ReportData(Connection connection, IndicatorCatalog catalog) {
    this.sql = DSL.using(connection, SQLDialect.DUCKDB);
    this.values = new IndicatorValues(connection);
    this.catalog = catalog;
  }

  /**
   * Loads the report of {@code spec}.
   *
   * @throws IllegalArgumentException with a message fit for the command line when the area is not
   *     in {@code dim_region} or the warehouse holds no value of the year
   */
  public PlannerReport load(ReportSpec spec) {
    ReportArea area = area(spec.area());
    String schoolYear = latestSchoolYear(spec.year());
    requireYear(spec.year());
    List<ReportArea> children = children(area.code());
    ReportPeriods periods = new ReportPeriods(spec.year(), schoolYear);
    List<SectionFigures> sections = new ArrayList<>();
    for (ReportSection section : ReportSection.values()) {
      sections.add(new SectionFigures(section, section.indicators(catalog).stream()
          .map(i -> figures(i, periods.period(i), area, children)).toList()));
    }
    return new PlannerReport(spec, area, children, schoolYear, sections, provenance());
  }

  private IndicatorFigures figures(Indicator indicator, String period, ReportArea area, List<ReportArea> children) {
    if (period == null) {
      return new IndicatorFigures(indicator, null, Figure.of(area, List.of()),
          children.stream().map(c -> Figure.of(c, List.of())).toList());
    }
    PeriodKind kind = ReportPeriods.kind(indicator);
    Figure own = Figure.of(area, values.forArea(indicator.code(), area.code(), period, kind));
    Map<String, List<IndicatorValue>> byChild = values.forChildren(indicator.code(), area.code(), period, kind)
        .stream().collect(Collectors.groupingBy(IndicatorValue::areaCode));
    List<Figure> childFigures = children.stream()
        .map(c -> Figure.of(c, byChild.getOrDefault(c.code(), List.of()))).toList();
    return new IndicatorFigures(indicator, period, own, childFigures);
  }

  private ReportArea area(String code) {
    return sql.select(AREA_CODE, AREA_NAME, AREA_LEVEL).from(REGION).where(AREA_CODE.eq(code))
        .fetchOptional(ReportData::toArea)
        .orElseThrow(() -> new IllegalArgumentException("unknown area '" + code + "': give the regency 3510,"
            + " a kecamatan code (6 digits, e.g. 351001) or a village code (10 digits, e.g. 3510012001)"));
  }

  private List<ReportArea> children(String parent) {
    return sql.select(AREA_CODE, AREA_NAME, AREA_LEVEL).from(REGION).where(PARENT_CODE.eq(parent))
        .orderBy(AREA_CODE).fetch(ReportData::toArea);
  }

  private static ReportArea toArea(Record3<String, String, String> r) {
    return new ReportArea(r.value1(), r.value2(), AreaLevel.valueOf(r.value3()));
  }

  /** The school year starting in {@code year}, or the latest one before it, that holds any value. */
  private String latestSchoolYear(int year) {
    return sql.select(max(PERIOD)).from(VALUES)
        .where(PERIOD_KIND.eq(inline(PeriodKind.SCHOOL_YEAR.name())))
        .and(PERIOD.le(ReportPeriods.schoolYearStarting(year)))
        .fetchOne(0, String.class);
  }

  private void requireYear(int year) {
    List<String> years = sql.selectDistinct(substring(PERIOD, 1, 4)).from(VALUES)
        .where(PERIOD_KIND.in(PeriodKind.YEAR.name(), PeriodKind.SURVEY_YEAR.name(), PeriodKind.SCHOOL_YEAR.name()))
        .orderBy(1).fetch(0, String.class);
    if (!years.contains(Integer.toString(year))) {
      throw new IllegalArgumentException("the warehouse holds no value for the year " + year
          + (years.isEmpty() ? "" : ": years with values are " + String.join(", ", years)));
    }
  }

  private BuildProvenance provenance() {
    Map<String, String> info = sql.select(KEY, VALUE).from(BUILD_INFO).orderBy(KEY)
        .fetchMap(KEY, VALUE);
    List<BuildProvenance.SourceVersion> sources = sql
        .select(TABLE_NAME, DELTA_VERSION, FILE_COUNT, ROW_COUNT).from(BUILD_SOURCES).orderBy(TABLE_NAME)
        .fetch(r -> new BuildProvenance.SourceVersion(r.value1(), r.value2(), r.value3(), r.value4()));
    return new BuildProvenance(new LinkedHashMap<>(info), sources);
  }
}
