package id.banyuwangi.kampung.domain.period;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period in the forms the API and marts use: {@code 2024-03}, {@code 2024-Q1},
 * {@code 2024} or the school year {@code 2023/2024}. Calendar periods are in WIB (UTC+7).
 *
 * @param start first day, inclusive
 * @param end last day, inclusive
 */
public record Period(String code, PeriodKind kind, LocalDate start, LocalDate end) {
  /** Western Indonesia Time: every calendar period is cut in this offset, whatever a timestamp carries. */
  public static final ZoneOffset WIB = ZoneOffset.ofHours(7);

  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern SCHOOL_YEAR = Pattern.compile("(\\d{4})/(\\d{4})");

  /**
   * Parses a period code.
   *
   * @throws IllegalArgumentException with a message fit for an API user when the code is malformed
   */
  public static Period parse(String code) {
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("period is required: use 2024-03, 2024-Q1, 2024 or 2023/2024");
    }
    Matcher m;
    if ((m = MONTH.matcher(code)).matches()) {
      int month = Integer.parseInt(m.group(2));
      if (month < 1 || month > 12) {
        throw new IllegalArgumentException("malformed period '" + code + "': month must be 01..12");
      }
      return month(YearMonth.of(Integer.parseInt(m.group(1)), month));
    }
    if ((m = QUARTER.matcher(code)).matches()) {
      return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
    if ((m = YEAR.matcher(code)).matches()) {
      return year(Integer.parseInt(m.group(1)));
    }
    if ((m = SCHOOL_YEAR.matcher(code)).matches()) {
      int first = Integer.parseInt(m.group(1));
      if (Integer.parseInt(m.group(2)) != first + 1) {
        throw new IllegalArgumentException("malformed school-year period '" + code + "': the second year must follow the first");
      }
      return schoolYear(first);
    }
    throw new IllegalArgumentException(
        "malformed period '" + code + "': use 2024-03 (month), 2024-Q1 (quarter), 2024 (year) or 2023/2024 (school year)");
  }

  public static Period month(YearMonth ym) {
    return new Period(ym.toString(), PeriodKind.MONTH, ym.atDay(1), ym.atEndOfMonth());
  }

  public static Period quarter(int year, int quarter) {
    YearMonth first = YearMonth.of(year, quarter * 3 - 2);
    return new Period(year + "-Q" + quarter, PeriodKind.QUARTER, first.atDay(1),
        first.plusMonths(2).atEndOfMonth());
  }

  public static Period year(int year) {
    return new Period(Integer.toString(year), PeriodKind.YEAR, LocalDate.of(year, 1, 1),
        LocalDate.of(year, 12, 31));
  }

  /** A household survey year: the calendar days of {@code year}, reported under its own kind. */
  public static Period surveyYear(int year) {
    return new Period(Integer.toString(year), PeriodKind.SURVEY_YEAR, LocalDate.of(year, 1, 1),
        LocalDate.of(year, 12, 31));
  }

  public static Period schoolYear(int firstYear) {
    return new Period(firstYear + "/" + (firstYear + 1), PeriodKind.SCHOOL_YEAR,
        LocalDate.of(firstYear, 7, 1), LocalDate.of(firstYear + 1, 6, 30));
  }

  /** The WIB calendar date of an instant: the day a period boundary test uses. */
  public static LocalDate wibDate(Instant instant) {
    return OffsetDateTime.ofInstant(instant, WIB).toLocalDate();
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }
}
