package id.banyuwangi.kampung.warehouse.internal.datatest;

import java.util.List;

/**
 * The outcome of one data test: how many rows (or facts) broke its rule, with a few of them.
 *
 * @param kind the test kind ({@code not_null}, {@code unique}, ...)
 */
public record TestResult(String name, String model, String kind, long failures, List<String> examples) {
  public TestResult {
    examples = List.copyOf(examples);
  }

  public boolean passed() {
    return failures == 0;
  }

  @Override
  public String toString() {
    return passed() ? name + ": pass"
        : name + ": FAIL, " + failures + (failures == 1 ? " row" : " rows") + (examples.isEmpty() ? "" : ", e.g. " + examples);
  }
}
