package id.banyuwangi.kampung.reports.planner;

import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.domain.period.Period;
import id.banyuwangi.kampung.domain.period.PeriodKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Which period a report of year Y reads for an indicator (the rule is also printed on the report):
 * <ul>
 *   <li>an indicator published per calendar year (YEAR, whether or not also per month and quarter):
 *       the year Y;
 *   <li>a household survey indicator (SURVEY_YEAR): the survey of year Y;
 *   <li>a school-year indicator (SCHOOL_YEAR): the school year starting in Y (Y/Y+1) when the
 *       warehouse holds it, else the latest school year it holds that starts before Y, the same
 *       one for every school-year indicator of the report.
 * </ul>
 */
public final class ReportPeriods {
  private final int year;
  private final String schoolYear;

  /**
   * @param schoolYear the school year chosen for the report (see {@link ReportData}), or null
   */
  ReportPeriods(int year, String schoolYear) {
    this.year = year;
    this.schoolYear = schoolYear;
  }

  /** The school year starting in {@code year}: {@code 2024/2025} for 2024. */
  static String schoolYearStarting(int year) {
    return Period.schoolYear(year).code();
  }

  /** The period kind read for the indicator. */
  static PeriodKind kind(Indicator indicator) {
    if (indicator.periods().contains(PeriodKind.YEAR)) {
      return PeriodKind.YEAR;
    }
    for (PeriodKind kind : new PeriodKind[] {PeriodKind.SURVEY_YEAR, PeriodKind.SCHOOL_YEAR}) {
      if (indicator.periods().contains(kind)) {
        return kind;
      }
    }
    throw new IllegalStateException(indicator.code() + " has no yearly period: a planner report cannot show it");
  }

  /** The same period a year earlier: {@code 2023} for 2024, {@code 2023/2024} for {@code 2024/2025}; null with {@link #period}. */
  String previous(Indicator indicator) {
    String period = period(indicator);
    if (period == null) {
      return null;
    }
    int start = Integer.parseInt(period.substring(0, 4));
    return kind(indicator) == PeriodKind.SCHOOL_YEAR ? schoolYearStarting(start - 1) : Integer.toString(start - 1);
  }

  /** Every period code a report of the year reads (this year's and last year's), for one bulk read. */
  List<String> codes() {
    List<String> codes = new ArrayList<>(List.of(Integer.toString(year), Integer.toString(year - 1)));
    if (schoolYear != null) {
      codes.add(schoolYear);
      codes.add(schoolYearStarting(Integer.parseInt(schoolYear.substring(0, 4)) - 1));
    }
    return codes;
  }

  /** The period code read for the indicator; null for a school-year indicator when there is no school year. */
  String period(Indicator indicator) {
    return kind(indicator) == PeriodKind.SCHOOL_YEAR ? schoolYear : Integer.toString(year);
  }
}
