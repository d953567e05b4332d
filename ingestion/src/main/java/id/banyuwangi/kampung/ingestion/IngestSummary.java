package id.banyuwangi.kampung.ingestion;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of one kiosk ingestion run. Invariant: {@code linesRead == accepted + quarantined +
 * duplicates} (a truncated gzip's break counts as one line read and one quarantined record).
 *
 * @param accepted valid events new to {@code silver/kiosk_events}
 * @param duplicates valid events whose event_id was already in silver or repeated in the batch
 * @param quarantinedByReason quarantined lines per reason code (only codes that occurred)
 */
public record IngestSummary(
    String runId,
    long filesRead,
    long filesSkipped,
    long linesRead,
    long accepted,
    long quarantined,
    long duplicates,
    Map<String, Long> quarantinedByReason,
    Duration elapsed) {

  public IngestSummary {
    quarantinedByReason = Map.copyOf(quarantinedByReason);
  }

  /** Lines (events) read per second of wall time. */
  public double eventsPerSecond() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds <= 0 ? 0 : linesRead / seconds;
  }

  /** True when the counts reconcile exactly. */
  public boolean reconciles() {
    return linesRead == accepted + quarantined + duplicates
        && quarantined == quarantinedByReason.values().stream().mapToLong(Long::longValue).sum();
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT,
        "kiosk ingest %s: %d files read, %d skipped (already ingested); %d lines read = %d accepted"
            + " + %d quarantined + %d duplicates; %.1f s, %.0f events/s; quarantined by reason: %s",
        runId, filesRead, filesSkipped, linesRead, accepted, quarantined, duplicates,
        elapsed.toMillis() / 1000.0, eventsPerSecond(), new TreeMap<>(quarantinedByReason));
  }
}
