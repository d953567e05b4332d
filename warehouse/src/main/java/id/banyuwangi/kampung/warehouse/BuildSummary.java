package id.banyuwangi.kampung.warehouse;

import id.banyuwangi.kampung.warehouse.internal.datatest.TestResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one warehouse build read and wrote.
 *
 * @param sourceVersions the Delta version read per lake table ({@code silver/kiosk_events} ...),
 *     {@code -1} for a table that did not exist yet
 * @param rowsPerTable the row count of every table and view in the published file
 * @param tests every data test run, each passed (a failed one fails the build)
 * @param modelMillis how long each model run took (an incremental build: the models it re-ran)
 * @param modelCount the project's models
 * @param incremental whether the build started from the previous one and re-ran only what changed
 * @param hiddenCells per domain, the cells public outputs hide (primary and secondary suppression)
 */
public record BuildSummary(String buildId, Map<String, Long> sourceVersions, Map<String, Long> rowsPerTable,
    List<TestResult> tests, Map<String, Long> modelMillis, int modelCount, boolean incremental,
    List<HiddenCells> hiddenCells, Duration elapsed) {

  public BuildSummary {
    sourceVersions = Map.copyOf(sourceVersions);
    rowsPerTable = Map.copyOf(rowsPerTable);
    tests = List.copyOf(tests);
    modelMillis = Map.copyOf(modelMillis);
    hiddenCells = List.copyOf(hiddenCells);
  }

  /** Data tests per kind ({@code not_null 41}, ...), in name order. */
  public Map<String, Long> testsByKind() {
    return tests.stream().collect(Collectors.groupingBy(TestResult::kind, java.util.TreeMap::new, Collectors.counting()));
  }

  @Override
  public String toString() {
    return "warehouse build " + buildId + " in " + String.format("%.2f s", elapsed.toMillis() / 1000.0)
        + "\n  sources: " + lines(sourceVersions, v -> v < 0 ? "absent" : "version " + v)
        + "\n  models:  " + (incremental ? modelMillis.size() + " of " + modelCount + " re-run (incremental)" : modelCount)
        + "\n  data tests: " + tests.size() + " run, " + tests.stream().filter(TestResult::passed).count() + " passed ("
        + testsByKind().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")) + ")"
        + "\n  hidden cells (small cells and the cells that protect them):"
        + hiddenCells.stream().map(h -> "\n    " + h).collect(Collectors.joining())
        + "\n  rows:    " + lines(rowsPerTable, String::valueOf);
  }

  private static String lines(Map<String, Long> values, java.util.function.Function<Long, String> format) {
    return values.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + " " + format.apply(e.getValue()))
        .collect(Collectors.joining(", "));
  }
}
