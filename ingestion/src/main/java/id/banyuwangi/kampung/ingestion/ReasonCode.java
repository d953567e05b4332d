package id.banyuwangi.kampung.ingestion;

/**
 * Why a record went to {@code quarantine/records} (the contract's reason codes, DESIGN.md). The
 * kiosk source uses the first group; the CSV sources use {@code MISSING_COLUMN},
 * {@code MALFORMED_ROW}, {@code MISSING_FIELD}, {@code INVALID_VALUE}, {@code OUT_OF_RANGE},
 * {@code UNKNOWN_VILLAGE} and {@code FUTURE_DATE}.
 */
public enum ReasonCode {
  TRUNCATED_FILE,
  MALFORMED_JSON,
  UNKNOWN_SCHEMA,
  MISSING_FIELD,
  INVALID_VALUE,
  UNKNOWN_VILLAGE,
  UNKNOWN_SERVICE,
  INVALID_NIK,
  FUTURE_TIMESTAMP,
  MISSING_COLUMN,
  MALFORMED_ROW,
  OUT_OF_RANGE,
  FUTURE_DATE
}
