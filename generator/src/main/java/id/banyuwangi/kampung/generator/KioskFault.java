package id.banyuwangi.kampung.generator;

import id.banyuwangi.kampung.domain.lake.ReasonCode;
import java.util.List;
import java.util.stream.Stream;

/**
 * A bad record the kiosk source gets: a quarantine {@link ReasonCode} of the kiosk, or
 * ({@code reason} null, {@link #DUPLICATE}) the repeat of an event already delivered, which is no
 * reason code: ingestion keeps the event once and counts the repeat as a duplicate.
 */
record KioskFault(ReasonCode reason) {
  /** The truth files' kind of a repeated event. */
  static final String DUPLICATE_EVENT = "DUPLICATE_EVENT";
  static final KioskFault DUPLICATE = new KioskFault(null);

  /** Every kind of the kiosk, in the truth files' order: its reason codes, then the duplicate. */
  static final List<KioskFault> ALL = Stream.concat(
      ReasonCode.kiosk().stream().map(KioskFault::new), Stream.of(DUPLICATE)).toList();

  /** The kinds of one bad line: all but TRUNCATED_FILE, which breaks a whole file. */
  static final List<KioskFault> LINE = ALL.stream()
      .filter(f -> f.reason() != ReasonCode.TRUNCATED_FILE).toList();

  boolean duplicate() {
    return reason == null;
  }

  /** The name in the truth file: the reason code, or {@link #DUPLICATE_EVENT}. */
  String kind() {
    return duplicate() ? DUPLICATE_EVENT : reason.name();
  }
}
