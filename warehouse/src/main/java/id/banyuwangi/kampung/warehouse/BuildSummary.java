package id.banyuwangi.kampung.warehouse;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one warehouse build read and wrote.
 *
 * @param sourceVersions the Delta version read per lake table ({@code silver/kiosk_events} ...),
 *     {@code -1} for a table that did not exist yet
 * @param rowsPerTable the row count of every table and view in the published file
 */
public record BuildSummary(
    String buildId, Map<String, Long> sourceVersions, Map<String, Long> rowsPerTable, Duration elapsed) {

  public BuildSummary {
    sourceVersions = Map.copyOf(sourceVersions);
    rowsPerTable = Map.copyOf(rowsPerTable);
  }

  @Override
  public String toString() {
    return "warehouse build " + buildId + " in " + String.format("%.2f s", elapsed.toMillis() / 1000.0)
        + "\n  sources: " + lines(sourceVersions, v -> v < 0 ? "absent" : "version " + v)
        + "\n  rows:    " + lines(rowsPerTable, String::valueOf);
  }

  private static String lines(Map<String, Long> values, java.util.function.Function<Long, String> format) {
    return values.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + " " + format.apply(e.getValue()))
        .collect(Collectors.joining(", "));
  }
}
