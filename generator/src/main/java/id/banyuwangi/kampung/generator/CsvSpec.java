package id.banyuwangi.kampung.generator;

import id.banyuwangi.kampung.domain.region.RegionHierarchy;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The shape of one CSV source (contract sections 2-9) and how its bad rows are made. A bad row is
 * an extra row (a "phantom": a fresh, otherwise valid record that exists only in that row) with
 * exactly one fault, so the valid data is the same as without faults.
 */
abstract class CsvSpec {
  final String source;
  final String[] columns;
  /** Columns a MISSING_FIELD row may leave empty (never the village code). */
  final String[] requiredForMissingField;
  /** Columns a MISSING_COLUMN file may lack. */
  final String[] droppable;
  /** Extra columns some exports carry (ignored by ingestion). */
  final String[] extraColumns;
  /** Row-level kinds this source gets (MALFORMED_ROW .. FUTURE_DATE). */
  final List<FaultKind> rowKinds;
  final RegionHierarchy regions;

  CsvSpec(String source, String[] columns, String[] requiredForMissingField, String[] droppable,
      String[] extraColumns, List<FaultKind> rowKinds, RegionHierarchy regions) {
    this.source = source;
    this.columns = columns;
    this.requiredForMissingField = requiredForMissingField;
    this.droppable = droppable;
    this.extraColumns = extraColumns;
    this.rowKinds = rowKinds;
    this.regions = regions;
  }

  int col(String name) {
    int i = Arrays.asList(columns).indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException(source + ": no column " + name);
    }
    return i;
  }

  /**
   * A fresh valid row like {@code template}: a new id where the source has one; a copy for the
   * keyed aggregates (its key is the template's: a bad row never replaces a valid one).
   */
  String[] phantom(String[] template, SplittableRandom r) {
    return template.clone();
  }

  /** Makes one value not a number/date/enum. */
  abstract void invalidValue(String[] row, SplittableRandom r);

  /** Breaks one range or cross-field rule, leaving every value well-formed. */
  abstract void outOfRange(String[] row, SplittableRandom r);

  /** Moves the row's date(s) into 2099, keeping every other rule. */
  abstract void futureDate(String[] row, SplittableRandom r);

  /** A bad row of the given row-level kind (not MALFORMED_ROW), derived from {@code template}. */
  final String[] badRow(FaultKind kind, String[] template, SplittableRandom r) {
    String[] row = phantom(template, r);
    switch (kind) {
      case MISSING_FIELD -> row[col(requiredForMissingField[r.nextInt(
          requiredForMissingField.length)])] = "";
      case INVALID_VALUE -> invalidValue(row, r);
      case OUT_OF_RANGE -> outOfRange(row, r);
      case UNKNOWN_VILLAGE -> row[col("village_code")] = unknownVillage(row[col("village_code")], r);
      case FUTURE_DATE -> futureDate(row, r);
      case MALFORMED_ROW -> { } // the field count is changed when the row is rendered
      default -> throw new IllegalArgumentException("not a row fault: " + kind);
    }
    return row;
  }

  /** Ten digits, plausible, but not a village of the hierarchy. */
  String unknownVillage(String near, SplittableRandom r) {
    String district = near.length() >= 6 ? near.substring(0, 6) : "351001";
    for (int attempt = 0; attempt < 100; attempt++) {
      String code = r.nextBoolean()
          ? district + (r.nextBoolean() ? "2" : "1") + String.format("%03d", r.nextInt(1000))
          : String.format("3509%02d2%03d", 1 + r.nextInt(31), 1 + r.nextInt(20));
      if (!regions.isVillage(code) && regions.find(code).isEmpty()) {
        return code;
      }
    }
    return "3510999999";
  }

  /** {@code value} left-padded with zeros to {@code width} digits (fast String.format). */
  static String pad(long value, int width) {
    String s = Long.toString(value);
    if (s.length() >= width) {
      return s;
    }
    return "0".repeat(width - s.length()) + s;
  }

  /** One decimal, {@code .} separator, as the sources write kg and cm. */
  static String tenths(double v) {
    long t = Math.round(v * 10);
    String sign = t < 0 ? "-" : "";
    t = Math.abs(t);
    return sign + (t / 10) + "." + (t % 10);
  }

  /** A decimal with a comma (quoted in the file), e.g. {@code 12,5}. */
  static String commaDecimal(String value) {
    return value.contains(".") ? value.replace('.', ',') : value + ",0";
  }

  /** Thousands separators as in an Indonesian spreadsheet, e.g. {@code 1.250.000}. */
  static String dotted(long value) {
    return String.format(java.util.Locale.GERMANY, "%,d", value);
  }

  /** A date that does not exist or is in another format. */
  static String badDate(String isoDate, SplittableRandom r) {
    String y = isoDate.length() >= 4 ? isoDate.substring(0, 4) : "2024";
    return switch (r.nextInt(4)) {
      case 0 -> y + "-13-01";
      case 1 -> y + "-02-30";
      case 2 -> isoDate.length() == 10
          ? isoDate.substring(8, 10) + "/" + isoDate.substring(5, 7) + "/" + y : y + "-00-10";
      default -> y + "-06-31";
    };
  }
}
