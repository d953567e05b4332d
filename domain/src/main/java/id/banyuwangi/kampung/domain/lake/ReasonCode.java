package id.banyuwangi.kampung.domain.lake;

/**
 * Why a record went to {@code quarantine/records}: the one list of reason codes, shared by
 * ingestion (which assigns them) and the generator (which injects a share of bad records of every
 * kind and records each one in its truth file).
 */
public enum ReasonCode {
  /** Kiosk: a gzip that ends early; the lines read before the break are kept, one record for the break. */
  TRUNCATED_FILE("kiosk"),
  /** Kiosk: a line that is not one JSON object. */
  MALFORMED_JSON("kiosk"),
  /** Kiosk: {@code schema} is not kiosk.v1 or kiosk.v2. */
  UNKNOWN_SCHEMA("kiosk"),
  /** A required field is absent or empty. */
  MISSING_FIELD("kiosk", "csv"),
  /** A value is not a number, date, timestamp or member of its list. */
  INVALID_VALUE("kiosk", "csv"),
  /** {@code village_code} is not one of the regency's villages. */
  UNKNOWN_VILLAGE("kiosk", "csv"),
  /** Kiosk: {@code service_code} is not in the service catalog. */
  UNKNOWN_SERVICE("kiosk"),
  /** Kiosk: the NIK fails its rules (16 digits, province code, birth date). */
  INVALID_NIK("kiosk"),
  /** Kiosk: event_at or the birth date after ingestion time + {@link LakeContract#FUTURE_TOLERANCE}. */
  FUTURE_TIMESTAMP("kiosk"),
  /** CSV: the header lacks a required column; one record for the file, its rows are not read. */
  MISSING_COLUMN("csv"),
  /** CSV: a line that does not parse as CSV or has another field count than the header. */
  MALFORMED_ROW("csv"),
  /** CSV: a contract range or cross-field rule is broken. */
  OUT_OF_RANGE("csv"),
  /** CSV: a date after ingestion time + {@link LakeContract#FUTURE_TOLERANCE}. */
  FUTURE_DATE("csv");

  private final java.util.List<String> sources;

  ReasonCode(String... sources) {
    this.sources = java.util.List.of(sources);
  }

  /** Whether the kiosk source ({@code kiosk}) or the CSV sources ({@code csv}) use the code. */
  public boolean usedBy(String sourceKind) {
    return sources.contains(sourceKind);
  }
}
