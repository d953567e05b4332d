package id.banyuwangi.kampung.domain.lake;

import java.util.List;
import java.util.stream.Stream;

/**
 * Why a record went to {@code quarantine/records}: the one list of reason codes, shared by
 * ingestion (which assigns them) and the generator (which injects a share of bad records of every
 * kind and records each one in its truth file).
 *
 * <p>Declared from the whole file down to one value (file, line, schema, fields, ranges,
 * references, the NIK, time), the kiosk's and the CSV sources' codes interleaved, so that
 * {@link #kiosk()} and {@link #csv()} each list their codes in that order; the generator's truth
 * counts and their summary follow it.
 */
public enum ReasonCode {
  /** Kiosk: a gzip that ends early; the lines read before the break are kept, one record for the break. */
  TRUNCATED_FILE("kiosk"),
  /** CSV: the header lacks a required column; one record for the file, its rows are not read. */
  MISSING_COLUMN("csv"),
  /** Kiosk: a line that is not one JSON object. */
  MALFORMED_JSON("kiosk"),
  /** CSV: a line that does not parse as CSV or has another field count than the header. */
  MALFORMED_ROW("csv"),
  /** Kiosk: {@code schema} is not kiosk.v1 or kiosk.v2. */
  UNKNOWN_SCHEMA("kiosk"),
  /** A required field is absent or empty. */
  MISSING_FIELD("kiosk", "csv"),
  /** A value is not a number, date, timestamp or member of its list. */
  INVALID_VALUE("kiosk", "csv"),
  /** CSV: a contract range or cross-field rule is broken. */
  OUT_OF_RANGE("csv"),
  /** {@code village_code} is not one of the regency's villages. */
  UNKNOWN_VILLAGE("kiosk", "csv"),
  /** Kiosk: {@code service_code} is not in the service catalog. */
  UNKNOWN_SERVICE("kiosk"),
  /** Kiosk: the NIK fails its rules (16 digits, province code, birth date). */
  INVALID_NIK("kiosk"),
  /** Kiosk: event_at or the birth date after ingestion time + {@link LakeContract#FUTURE_TOLERANCE}. */
  FUTURE_TIMESTAMP("kiosk"),
  /** CSV: a date after ingestion time + {@link LakeContract#FUTURE_TOLERANCE}. */
  FUTURE_DATE("csv"),
  // Files that cannot be read as the contract's UTF-8 text, in any source ("file"): the reader's
  // robustness, not bad records the contract names, so the generator does not inject them.
  /** A file of 0 bytes, or a gzip around nothing: one record for the file (line 0). */
  EMPTY_FILE("file"),
  /** A file whose first block has NUL bytes (an image, an archive): one record for the file. */
  BINARY_FILE("file"),
  /** A UTF-16 or UTF-32 file (by byte order mark or NUL pattern): one record for the file. */
  UNSUPPORTED_ENCODING("file"),
  /** A line that is not valid UTF-8 (e.g. from a Latin-1 export); its bytes kept as ISO-8859-1. */
  INVALID_ENCODING("file"),
  /** A line over 1 MiB: skipped to its end unbuffered, its first 1,024 bytes kept. */
  LINE_TOO_LONG("file"),
  /** A file named .gz that is not gzip data: one record for the file. */
  NOT_GZIP("file"),
  /** Bytes after the end of a gzip stream that start no other member: its lines are kept, one record after them. */
  TRAILING_DATA("file"),
  /** A directory where a source file is expected: one record (line 0), reported again each run. */
  NOT_A_FILE("file");

  private static final List<ReasonCode> KIOSK = codesOf("kiosk");
  private static final List<ReasonCode> CSV = codesOf("csv");

  private final List<String> sources;

  ReasonCode(String... sources) {
    this.sources = List.of(sources);
  }

  /**
   * Whether the kiosk source ({@code kiosk}) or the CSV sources ({@code csv}) use the code; the
   * unreadable-file codes are every source's ({@code file}).
   */
  public boolean usedBy(String sourceKind) {
    return sources.contains(sourceKind);
  }

  /** The codes of the kiosk source, in declaration order. */
  public static List<ReasonCode> kiosk() {
    return KIOSK;
  }

  /** The codes of the CSV sources, in declaration order. */
  public static List<ReasonCode> csv() {
    return CSV;
  }

  private static List<ReasonCode> codesOf(String sourceKind) {
    return Stream.of(values()).filter(c -> c.usedBy(sourceKind)).toList();
  }
}
