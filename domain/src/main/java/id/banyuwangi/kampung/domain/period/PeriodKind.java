package id.banyuwangi.kampung.domain.period;

/** The kinds of reporting period the contract names. */
public enum PeriodKind {
  /** {@code 2024-03}, calendar month in WIB. */
  MONTH,
  /** {@code 2024-Q1}. */
  QUARTER,
  /** {@code 2024}. */
  YEAR,
  /** {@code 2024}, the household survey year. */
  SURVEY_YEAR,
  /** {@code 2023/2024}, starting 1 July of the first year. */
  SCHOOL_YEAR
}
