package id.banyuwangi.kampung.ingestion;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one run did with one source (one row of {@code _system/ingest_runs}). Invariant:
 * {@code linesRead == accepted + quarantined + duplicates}.
 *
 * <p>Kiosk: a line is one event; a truncated gzip's break counts as one line read and quarantined.
 * CSV sources: a line is one data row (the header is not counted), except that a file whose header
 * lacks a required column counts as one line read and one quarantined record (MISSING_COLUMN) and
 * its rows are not read; {@code duplicates} are rows already ingested (the same file, line and
 * content is in bronze), which are not applied again.
 *
 * @param accepted kiosk: valid events new to silver; CSV: valid rows new to the lake, each applied
 *     to silver (a row whose key repeats later in the run is replaced by the later one)
 * @param quarantinedByReason quarantined records per reason code (only codes that occurred)
 */
public record SourceCounts(
    long filesRead,
    long filesSkipped,
    long linesRead,
    long accepted,
    long quarantined,
    long duplicates,
    Map<String, Long> quarantinedByReason) {

  public static final SourceCounts NONE = new SourceCounts(0, 0, 0, 0, 0, 0, Map.of());

  public SourceCounts {
    quarantinedByReason = Map.copyOf(quarantinedByReason);
  }

  /** True when the counts reconcile exactly. */
  public boolean reconciles() {
    return linesRead == accepted + quarantined + duplicates
        && quarantined == quarantinedByReason.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The sum of two sources' counts. */
  public SourceCounts plus(SourceCounts o) {
    Map<String, Long> reasons = new HashMap<>(quarantinedByReason);
    o.quarantinedByReason.forEach((k, v) -> reasons.merge(k, v, Long::sum));
    return new SourceCounts(filesRead + o.filesRead, filesSkipped + o.filesSkipped, linesRead + o.linesRead,
        accepted + o.accepted, quarantined + o.quarantined, duplicates + o.duplicates, reasons);
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT,
        "%d files read, %d skipped (already ingested); %d lines read = %d accepted + %d quarantined"
            + " + %d duplicates; quarantined by reason: %s",
        filesRead, filesSkipped, linesRead, accepted, quarantined, duplicates, new TreeMap<>(quarantinedByReason));
  }
}
