package id.banyuwangi.kampung.reports.planner;

import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.domain.indicator.Targets;
import id.banyuwangi.kampung.domain.period.PeriodKind;
import id.banyuwangi.kampung.read.Areas;
import id.banyuwangi.kampung.read.BuildInfo;
import id.banyuwangi.kampung.read.IndicatorValue;
import id.banyuwangi.kampung.read.IndicatorValues;
import id.banyuwangi.kampung.read.PublishedCatalog;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Loads {@link PlannerReport}s from a published warehouse, through the read module only: the
 * values (suppression applied) from {@link IndicatorValues}, areas from {@link Areas}, the catalog
 * the warehouse was built with ({@link PublishedCatalog}), the provenance from {@link BuildInfo},
 * and the targets of the catalog configuration ({@link Targets}); never a person-level table. A
 * year's values of every area are read once ({@link #year}), so that the 243 reports of a year
 * cost one read.
 */
public final class ReportData {
  private final IndicatorValues values;
  private final IndicatorCatalog catalog;
  private final BuildInfo build;
  private final Targets targets;
  private final Map<String, Areas.Placed> areas = new LinkedHashMap<>();

  /** Reads through the given connection (read-only is enough); the caller keeps and closes it. */
  public ReportData(Connection connection) {
    this(connection, Targets.standard());
  }

  public ReportData(Connection connection, Targets targets) {
    this.values = new IndicatorValues(connection);
    this.catalog = PublishedCatalog.read(connection);
    this.build = BuildInfo.read(connection);
    this.targets = targets;
    new Areas(connection).all().forEach(a -> areas.put(a.area().code(), a));
  }

  /**
   * Loads the report of {@code spec}.
   *
   * @throws IllegalArgumentException with a message fit for the command line when the area is not
   *     in the warehouse or the warehouse holds no value of the year
   */
  public PlannerReport load(ReportSpec spec) {
    area(spec.area());
    return year(spec.year()).report(spec);
  }

  /** Every area of the warehouse, the regency first, then by code (kecamatan, then villages). */
  public List<ReportArea> areas() {
    return areas.values().stream().map(a -> toArea(a.area())).toList();
  }

  /** The values of one report year for every area, read at once. */
  ReportYear year(int year) {
    requireYear(year);
    String schoolYear = values.latestPeriod(PeriodKind.SCHOOL_YEAR, ReportPeriods.schoolYearStarting(year));
    ReportPeriods periods = new ReportPeriods(year, schoolYear);
    Map<String, List<IndicatorValue>> rows = values.forPeriods(periods.codes()).stream()
        .collect(Collectors.groupingBy(v -> key(v.indicatorCode(), v.periodKind(), v.period(), v.areaCode())));
    return new ReportYear(year, schoolYear, periods, rows);
  }

  /** One year's values of every area, from which each area's report is assembled in memory. */
  final class ReportYear {
    private final int year;
    private final String schoolYear;
    private final ReportPeriods periods;
    private final Map<String, List<IndicatorValue>> rows;

    private ReportYear(int year, String schoolYear, ReportPeriods periods, Map<String, List<IndicatorValue>> rows) {
      this.year = year;
      this.schoolYear = schoolYear;
      this.periods = periods;
      this.rows = rows;
    }

    PlannerReport report(ReportSpec spec) {
      if (spec.year() != year) {
        throw new IllegalArgumentException("this is the data of " + year + ", not " + spec.year());
      }
      ReportArea area = area(spec.area());
      List<ReportArea> children = areas.values().stream().filter(a -> area.code().equals(a.parentCode()))
          .map(a -> toArea(a.area())).toList();
      List<SectionFigures> sections = new ArrayList<>();
      for (ReportSection section : ReportSection.values()) {
        sections.add(new SectionFigures(section, section.indicators(catalog, year).stream()
            .map(i -> figures(i, area, children)).toList()));
      }
      return new PlannerReport(spec, area, children, schoolYear, sections, build, catalog);
    }

    private IndicatorFigures figures(Indicator indicator, ReportArea area, List<ReportArea> children) {
      String period = periods.period(indicator);
      String previous = periods.previous(indicator);
      return new IndicatorFigures(indicator, period, previous, yearOnYear(indicator, period, previous, area),
          children.stream().map(c -> yearOnYear(indicator, period, previous, c)).toList(),
          targets.find(indicator.code(), year));
    }

    private YearOnYear yearOnYear(Indicator indicator, String period, String previous, ReportArea area) {
      return new YearOnYear(figure(indicator, period, area), figure(indicator, previous, area));
    }

    private Figure figure(Indicator indicator, String period, ReportArea area) {
      if (period == null) {
        return Figure.of(area, List.of());
      }
      String kind = ReportPeriods.kind(indicator).name();
      return Figure.of(area, rows.getOrDefault(key(indicator.code(), kind, period, area.code()), List.of()));
    }
  }

  private static String key(String indicator, String kind, String period, String area) {
    return indicator + '|' + kind + '|' + period + '|' + area;
  }

  private ReportArea area(String code) {
    Areas.Placed placed = areas.get(code);
    if (placed == null) {
      throw new IllegalArgumentException("unknown area '" + code + "': give the regency 3510,"
          + " a kecamatan code (6 digits, e.g. 351001) or a village code (10 digits, e.g. 3510012001)");
    }
    return toArea(placed.area());
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
