package id.banyuwangi.kampung.reports.planner;

import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.domain.period.PeriodKind;
import id.banyuwangi.kampung.read.Areas;
import id.banyuwangi.kampung.read.BuildInfo;
import id.banyuwangi.kampung.read.IndicatorValue;
import id.banyuwangi.kampung.read.IndicatorValues;
import id.banyuwangi.kampung.read.PublishedCatalog;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Loads a {@link PlannerReport} from a published warehouse, through the read module only: the
 * values (suppression applied) from {@link IndicatorValues}, area names from {@link Areas}, the
 * catalog the warehouse was built with ({@link PublishedCatalog}) and the provenance from
 * {@link BuildInfo}; never a person-level table.
 */
public final class ReportData {
  private final IndicatorValues values;
  private final Areas areas;
  private final IndicatorCatalog catalog;
  private final BuildInfo build;

  /** Reads through the given connection (read-only is enough); the caller keeps and closes it. */
  public ReportData(Connection connection) {
    this.values = new IndicatorValues(connection);
    this.areas = new Areas(connection);
    this.catalog = PublishedCatalog.read(connection);
    this.build = BuildInfo.read(connection);
  }

  /**
   * Loads the report of {@code spec}.
   *
   * @throws IllegalArgumentException with a message fit for the command line when the area is not
   *     in the warehouse or the warehouse holds no value of the year
   */
  public PlannerReport load(ReportSpec spec) {
    ReportArea area = area(spec.area());
    String schoolYear = values.latestPeriod(PeriodKind.SCHOOL_YEAR, ReportPeriods.schoolYearStarting(spec.year()));
    requireYear(spec.year());
    List<ReportArea> children = areas.children(area.code()).stream().map(ReportData::toArea).toList();
    ReportPeriods periods = new ReportPeriods(spec.year(), schoolYear);
    List<SectionFigures> sections = new ArrayList<>();
    for (ReportSection section : ReportSection.values()) {
      sections.add(new SectionFigures(section, section.indicators(catalog, spec.year()).stream()
          .map(i -> figures(i, periods.period(i), area, children)).toList()));
    }
    return new PlannerReport(spec, area, children, schoolYear, sections, build, catalog);
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
    return areas.find(code).map(ReportData::toArea)
        .orElseThrow(() -> new IllegalArgumentException("unknown area '" + code + "': give the regency 3510,"
            + " a kecamatan code (6 digits, e.g. 351001) or a village code (10 digits, e.g. 3510012001)"));
  }

  private static ReportArea toArea(Areas.Row r) {
    return new ReportArea(r.code(), r.name(), r.level());
  }

  private void requireYear(int year) {
    List<String> years = values.yearsWithValues();
    if (!years.contains(Integer.toString(year))) {
      throw new IllegalArgumentException("the warehouse holds no value for the year " + year
          + (years.isEmpty() ? "" : ": years with values are " + String.join(", ", years)));
    }
  }
}
