package id.banyuwangi.kampung.domain.indicator;

import java.util.Locale;

/**
 * Which date puts a record in a period (DHIS2's analytics period boundary), declared per measure
 * and per indicator in the catalog. Calendar dates of instants are WIB dates
 * ({@link id.banyuwangi.kampung.domain.period.Period#WIB}).
 */
public enum PeriodBoundary {
  /** A request's SUBMITTED event. */
  SUBMITTED,
  /** A request's COMPLETED event. */
  COMPLETED,
  /** A request's terminal event (COMPLETED, REJECTED or CANCELLED). */
  TERMINAL,
  /** The day a child was measured. */
  MEASURED,
  /** The household survey's year. */
  SURVEY_YEAR,
  /** The school year an enrolment is listed for. */
  SCHOOL_YEAR,
  /** A stock counted as of the period's last day (residents, active enterprises). */
  PERIOD_END,
  /** The month a monthly report is for. */
  REPORT_MONTH,
  /** The year an index result is published for. */
  YEAR;

  /** The catalog's spelling: lower case ({@code survey_year}). */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static PeriodBoundary parse(String code) {
    return valueOf(code.strip().toUpperCase(Locale.ROOT));
  }
}
