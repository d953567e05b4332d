package id.banyuwangi.kampung.generator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The kinds of bad record the generator injects; the names are the warehouse's quarantine reason
 * codes. {@link #DUPLICATE_EVENT} is not quarantined: ingestion keeps the event once and counts the
 * repeat as a duplicate. The first ten are the kiosk's ({@link #KIOSK}); the CSV sources use
 * {@link #CSV} (DESIGN.md, "The other sources").
 */
public enum FaultKind {
  TRUNCATED_FILE,
  MALFORMED_JSON,
  UNKNOWN_SCHEMA,
  MISSING_FIELD,
  INVALID_VALUE,
  UNKNOWN_VILLAGE,
  UNKNOWN_SERVICE,
  INVALID_NIK,
  FUTURE_TIMESTAMP,
  DUPLICATE_EVENT,
  /** CSV: the header lacks a required column (one truth row per file, empty line_no). */
  MISSING_COLUMN,
  /** CSV: a row with the wrong number of fields. */
  MALFORMED_ROW,
  /** CSV: a contract range or cross-field rule is broken. */
  OUT_OF_RANGE,
  /** CSV: a date after ingestion time + 1 day. */
  FUTURE_DATE;

  /** The kinds of the kiosk source, in declaration order. */
  static final List<FaultKind> KIOSK = List.of(TRUNCATED_FILE, MALFORMED_JSON, UNKNOWN_SCHEMA,
      MISSING_FIELD, INVALID_VALUE, UNKNOWN_VILLAGE, UNKNOWN_SERVICE, INVALID_NIK,
      FUTURE_TIMESTAMP, DUPLICATE_EVENT);
  /** The kinds of the CSV sources (reason codes of DESIGN.md). */
  static final List<FaultKind> CSV = List.of(MISSING_COLUMN, MALFORMED_ROW, MISSING_FIELD,
      INVALID_VALUE, OUT_OF_RANGE, UNKNOWN_VILLAGE, FUTURE_DATE);

  /** The kinds a source can have: {@link #KIOSK} for {@code kiosk}, {@link #CSV} otherwise. */
  static List<FaultKind> of(String source) {
    return KioskSourceWriter.SOURCE.equals(source) ? KIOSK : CSV;
  }

  /** A count per kind for every kind (0 where absent), in declaration order. */
  static Map<String, Long> completeCounts(Map<String, Long> counts) {
    return completeCounts(counts, List.of(values()));
  }

  /** A count per kind of {@code kinds} (0 where absent), then any further kinds counted. */
  static Map<String, Long> completeCounts(Map<String, Long> counts, List<FaultKind> kinds) {
    Map<String, Long> all = new LinkedHashMap<>();
    for (FaultKind k : kinds) {
      all.put(k.name(), counts.getOrDefault(k.name(), 0L));
    }
    counts.forEach(all::putIfAbsent);
    return java.util.Collections.unmodifiableMap(all);
  }
}
