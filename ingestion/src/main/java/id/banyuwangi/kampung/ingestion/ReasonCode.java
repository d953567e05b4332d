package id.banyuwangi.kampung.ingestion;

/** Why a record went to {@code quarantine/records} (the contract's reason codes, DESIGN.md). */
public enum ReasonCode {
  TRUNCATED_FILE,
  MALFORMED_JSON,
  UNKNOWN_SCHEMA,
  MISSING_FIELD,
  INVALID_VALUE,
  UNKNOWN_VILLAGE,
  UNKNOWN_SERVICE,
  INVALID_NIK,
  FUTURE_TIMESTAMP
}
