package id.banyuwangi.kampung.ingestion;

import id.banyuwangi.kampung.domain.lake.ReasonCode;
/** The outcome of parsing one kiosk line: a valid event or a rejection with a reason. */
public sealed interface ParseResult {
  /** A valid event. */
  record Accepted(KioskEvent event) implements ParseResult {}

  /**
   * A rejected line. {@code detail} names the field and the rule; it never contains a personal
   * identifier or the raw line.
   */
  record Rejected(ReasonCode reason, String detail) implements ParseResult {}
}
