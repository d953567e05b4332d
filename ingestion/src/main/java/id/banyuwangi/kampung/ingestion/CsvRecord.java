package id.banyuwangi.kampung.ingestion;

import id.banyuwangi.kampung.domain.lake.LakeContract;
import id.banyuwangi.kampung.domain.lake.ReasonCode;
import id.banyuwangi.kampung.domain.period.Period;
import id.banyuwangi.kampung.domain.person.Pseudonymizer;
import id.banyuwangi.kampung.domain.region.RegionHierarchy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One data row of a CSV source, read by column name, with the checks a {@link CsvSource} applies.
 * Every check records its problem instead of stopping, so a validator reads linearly; the row's
 * reason is the problem of the highest priority (MISSING_FIELD, then INVALID_VALUE, OUT_OF_RANGE,
 * UNKNOWN_VILLAGE, FUTURE_DATE), the first one found among equals. A getter returns null when the
 * value is missing or invalid, and rules over null values are skipped (their problem is already
 * recorded). Details name the column and the rule; values of personal columns are never echoed.
 */
final class CsvRecord {
  private static final List<ReasonCode> PRIORITY = List.of(ReasonCode.MISSING_FIELD,
      ReasonCode.INVALID_VALUE, ReasonCode.OUT_OF_RANGE, ReasonCode.UNKNOWN_VILLAGE, ReasonCode.FUTURE_DATE);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");
  private static final Pattern DECIMAL = Pattern.compile("-?(\\d{1,18}(\\.\\d*)?|\\.\\d{1,18})");

  /** What every row of a run is checked against. */
  record Rules(RegionHierarchy regions, Instant now, Pseudonymizer pseudonymizer) {
    Instant futureLimit() {
      return now.plus(LakeContract.FUTURE_TOLERANCE);
    }
  }

  private final Map<String, Integer> index;
  private final List<String> fields;
  private final Set<String> personal;
  private final Rules rules;
  private ReasonCode reason;
  private String detail;

  CsvRecord(Map<String, Integer> index, List<String> fields, Set<String> personal, Rules rules) {
    this.index = index;
    this.fields = fields;
    this.personal = personal;
    this.rules = rules;
  }

  /** The reason of the row's worst problem, or null when it is valid. */
  ReasonCode reason() {
    return reason;
  }

  String detail() {
    return detail;
  }

  /** Records a problem; the first one of the highest priority is kept. */
  void problem(ReasonCode code, String what) {
    if (reason == null || PRIORITY.indexOf(code) < PRIORITY.indexOf(reason)) {
      reason = code;
      detail = what;
    }
  }

  /** A cross-field or range rule: OUT_OF_RANGE with {@code what} when it does not hold. */
  void rule(boolean holds, String what) {
    if (!holds) {
      problem(ReasonCode.OUT_OF_RANGE, what);
    }
  }

  private String raw(String column) {
    String v = fields.get(index.get(column));
    return v.isBlank() ? null : v;
  }

  /** A required value as text. */
  String text(String column) {
    String v = raw(column);
    if (v == null) {
      problem(ReasonCode.MISSING_FIELD, column + " is required");
    }
    return v;
  }

  /** An optional value as text, null when empty. */
  String optionalText(String column) {
    return raw(column);
  }

  /** A required value that must be one of {@code allowed}. */
  String oneOf(String column, Set<String> allowed) {
    String v = text(column);
    if (v != null && !allowed.contains(v)) {
      problem(ReasonCode.INVALID_VALUE, column + " " + quoted(column, v) + " is not one of "
          + allowed.stream().sorted().toList());
      return null;
    }
    return v;
  }

  /** The pseudonym of a required personal id: the clear id goes no further. */
  String pseudonym(String column, String kind) {
    String v = text(column);
    return v == null ? null : rules.pseudonymizer().pseudonym(kind, v);
  }

  /** A required Banyuwangi village code. */
  String village(String column) {
    String v = text(column);
    if (v != null && !rules.regions().isVillage(v)) {
      problem(ReasonCode.UNKNOWN_VILLAGE, column + " " + quoted(column, v) + " is not a Banyuwangi village");
    }
    return v;
  }

  /** A required whole number within {@code min..max}. */
  Long whole(String column, long min, long max) {
    return inRange(column, wholeOrNull(text(column), column), min, max);
  }

  /** A required int within {@code min..max}. */
  Integer integer(String column, int min, int max) {
    Long v = whole(column, min, max);
    return v == null ? null : v.intValue();
  }

  /** A required count: an int >= 0. */
  Integer count(String column) {
    return integer(column, 0, Integer.MAX_VALUE);
  }

  /** A required amount: a long >= 0. */
  Long amount(String column) {
    return whole(column, 0, Long.MAX_VALUE);
  }

  /** A required decimal within {@code min..max}. */
  Double decimal(String column, double min, double max) {
    return decimalInRange(column, text(column), min, max);
  }

  /** An optional decimal within {@code min..max}, null when empty. */
  Double optionalDecimal(String column, double min, double max) {
    return decimalInRange(column, raw(column), min, max);
  }

  /** A required boolean, {@code true} or {@code false}. */
  Boolean bool(String column) {
    String v = oneOf(column, Set.of("true", "false"));
    return v == null ? null : Boolean.valueOf(v);
  }

  /** A required date {@code YYYY-MM-DD}, not later than ingestion time + 1 day. */
  LocalDate date(String column) {
    return dateOrNull(column, text(column));
  }

  /** An optional date, null when empty. */
  LocalDate optionalDate(String column) {
    return dateOrNull(column, raw(column));
  }

  /** FUTURE_DATE when the day {@code day} starts (in WIB) after ingestion time + 1 day. */
  void notFuture(String what, LocalDate day) {
    if (day != null && day.atStartOfDay(Period.WIB).toInstant().isAfter(rules.futureLimit())) {
      problem(ReasonCode.FUTURE_DATE, what + " is later than ingestion time + 1 day");
    }
  }

  private LocalDate dateOrNull(String column, String v) {
    if (v == null) {
      return null;
    }
    LocalDate d;
    try {
      d = LocalDate.parse(v, DATE);
    } catch (DateTimeParseException e) {
      problem(ReasonCode.INVALID_VALUE, column + " " + quoted(column, v) + " is not a date YYYY-MM-DD");
      return null;
    }
    notFuture(column + " " + quoted(column, d.toString()), d);
    return d;
  }

  private Long wholeOrNull(String v, String column) {
    if (v == null) {
      return null;
    }
    if (!INTEGER.matcher(v).matches()) {
      problem(ReasonCode.INVALID_VALUE, column + " " + quoted(column, v) + " is not a whole number");
      return null;
    }
    return Long.parseLong(v);
  }

  private Long inRange(String column, Long v, long min, long max) {
    if (v != null && (v < min || v > max)) {
      problem(ReasonCode.OUT_OF_RANGE, column + " " + v + " is outside " + bounds(min, max));
      return null;
    }
    return v;
  }

  private Double decimalInRange(String column, String v, double min, double max) {
    if (v == null) {
      return null;
    }
    if (!DECIMAL.matcher(v).matches()) {
      problem(ReasonCode.INVALID_VALUE, column + " " + quoted(column, v) + " is not a decimal number");
      return null;
    }
    double d = Double.parseDouble(v);
    if (d < min || d > max) {
      problem(ReasonCode.OUT_OF_RANGE, column + " " + v + " is outside " + min + ".." + max);
      return null;
    }
    return d;
  }

  private static String bounds(long min, long max) {
    return max == Long.MAX_VALUE || max == Integer.MAX_VALUE ? ">= " + min : min + ".." + max;
  }

  /** A value for a detail message, shortened; withheld for personal columns. */
  String quoted(String column, String v) {
    if (personal.contains(column)) {
      return "(value withheld)";
    }
    return "'" + (v.length() > 40 ? v.substring(0, 40) + "..." : v) + "'";
  }
}
