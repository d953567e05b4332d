package id.banyuwangi.kampung.ingestion;

import id.banyuwangi.kampung.domain.lake.ReasonCode;

import java.io.IOException;

/**
 * What makes (the rest of) a source file unreadable as its contract's text, found while reading
 * it: the reading stops, the lines before are kept, and the file gets one quarantine record with
 * this reason.
 */
final class SourceFault extends IOException {
  private static final long serialVersionUID = 1L;
  private final ReasonCode reason;

  SourceFault(ReasonCode reason, String detail) {
    super(detail);
    this.reason = reason;
  }

  ReasonCode reason() {
    return reason;
  }
}
