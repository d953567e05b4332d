package id.banyuwangi.kampung.generator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The kinds of bad record the generator injects; the names are the warehouse's quarantine reason
 * codes. {@link #DUPLICATE_EVENT} is not quarantined: ingestion keeps the event once and counts the
 * repeat as a duplicate.
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
  DUPLICATE_EVENT;

  /** A count per kind for every kind (0 where absent), in declaration order. */
  static Map<String, Long> completeCounts(Map<String, Long> counts) {
    Map<String, Long> all = new LinkedHashMap<>();
    for (FaultKind k : values()) {
      all.put(k.name(), counts.getOrDefault(k.name(), 0L));
    }
    counts.forEach(all::putIfAbsent);
    return java.util.Collections.unmodifiableMap(all);
  }
}
