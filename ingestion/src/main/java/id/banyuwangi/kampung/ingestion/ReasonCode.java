package id.banyuwangi.kampung.ingestion;

/**
 * Why a record went to {@code quarantine/records} (the contract's reason codes, DESIGN.md). The
 * kiosk source uses the first group; the CSV sources use {@code MISSING_COLUMN},
 * {@code MALFORMED_ROW}, {@code MISSING_FIELD}, {@code INVALID_VALUE}, {@code OUT_OF_RANGE},
 * {@code UNKNOWN_VILLAGE} and {@code FUTURE_DATE}. The last group is every source's: files that
 * cannot be read as the contract's UTF-8 text ({@link SourceFileContent}, {@link SourceLines}).
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
  FUTURE_DATE,
  /** A file of 0 bytes, or a gzip around nothing: one record for the file (line 0). */
  EMPTY_FILE,
  /** A file whose first block has NUL bytes (an image, an archive): one record for the file. */
  BINARY_FILE,
  /** A UTF-16 or UTF-32 file (by byte order mark or NUL pattern): one record for the file. */
  UNSUPPORTED_ENCODING,
  /** A line that is not valid UTF-8 (e.g. from a Latin-1 export); its bytes kept as ISO-8859-1. */
  INVALID_ENCODING,
  /** A line over 1 MiB: skipped to its end unbuffered, its first 1,024 bytes kept. */
  LINE_TOO_LONG,
  /** A file named .gz that is not gzip data: one record for the file. */
  NOT_GZIP,
  /** Bytes after the end of a gzip stream that start no other member: its lines are kept, one record after them. */
  TRAILING_DATA,
  /** A directory where a source file is expected: one record (line 0), reported again each run. */
  NOT_A_FILE
}
