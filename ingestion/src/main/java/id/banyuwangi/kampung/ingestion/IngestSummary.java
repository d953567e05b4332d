package id.banyuwangi.kampung.ingestion;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outcome of one ingestion run over every source present under the source directory.
 * {@link #bySource()} holds one {@link SourceCounts} per source whose directory exists (kiosk
 * first, then the CSV sources in contract order). The flat accessors ({@link #linesRead()},
 * {@link #accepted()}, ...) are the kiosk source's, as before the CSV sources existed (zero when
 * there is no kiosk directory); {@link #total()} sums every source.
 */
public record IngestSummary(String runId, Map<String, SourceCounts> bySource, Duration elapsed) {

  public IngestSummary {
    bySource = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(bySource));
  }

  /** The counts of one source (its directory name), {@link SourceCounts#NONE} when it was absent. */
  public SourceCounts source(String source) {
    return bySource.getOrDefault(source, SourceCounts.NONE);
  }

  /** The kiosk source's counts. */
  public SourceCounts kiosk() {
    return source(IngestJob.SOURCE);
  }

  /** Every source's counts summed. */
  public SourceCounts total() {
    return bySource.values().stream().reduce(SourceCounts.NONE, SourceCounts::plus);
  }

  public long filesRead() {
    return kiosk().filesRead();
  }

  public long filesSkipped() {
    return kiosk().filesSkipped();
  }

  public long linesRead() {
    return kiosk().linesRead();
  }

  public long accepted() {
    return kiosk().accepted();
  }

  public long quarantined() {
    return kiosk().quarantined();
  }

  public long duplicates() {
    return kiosk().duplicates();
  }

  public Map<String, Long> quarantinedByReason() {
    return kiosk().quarantinedByReason();
  }

  /** Kiosk lines (events) read per second of wall time. */
  public double eventsPerSecond() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds <= 0 ? 0 : linesRead() / seconds;
  }

  /** True when every source's counts reconcile exactly. */
  public boolean reconciles() {
    return bySource.values().stream().allMatch(SourceCounts::reconciles);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(String.format(java.util.Locale.ROOT,
        "ingest %s: %d sources, %.1f s, %.0f kiosk events/s", runId, bySource.size(),
        elapsed.toMillis() / 1000.0, eventsPerSecond()));
    bySource.forEach((source, counts) -> b.append(System.lineSeparator()).append("  ").append(source)
        .append(": ").append(counts));
    return b.toString();
  }
}
