package id.banyuwangi.kampung.reports.map;

import java.util.ArrayList;
import java.util.List;

/**
 * Class breaks of a choropleth: up to {@link #MAX_CLASSES} classes at the quantiles of the public
 * values (so each colour holds about as many areas), fewer when there are fewer distinct values.
 * Class {@code i} holds the values in {@code (upper(i-1), upper(i)]}, the first from the minimum.
 */
final class MapBreaks {
  static final int MAX_CLASSES = 5;

  private final double min;
  private final List<Double> uppers;

  private MapBreaks(double min, List<Double> uppers) {
    this.min = min;
    this.uppers = List.copyOf(uppers);
  }

  static MapBreaks of(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    if (sorted.isEmpty()) {
      return new MapBreaks(0, List.of());
    }
    long distinct = sorted.stream().distinct().count();
    int k = (int) Math.min(MAX_CLASSES, distinct);
    List<Double> uppers = new ArrayList<>();
    for (int i = 1; i < k; i++) {
      double q = sorted.get((int) Math.ceil(i * sorted.size() / (double) k) - 1);
      if (uppers.isEmpty() || q > uppers.get(uppers.size() - 1)) {
        uppers.add(q);
      }
    }
    double max = sorted.get(sorted.size() - 1);
    if (uppers.isEmpty() || max > uppers.get(uppers.size() - 1)) {
      uppers.add(max);
    }
    return new MapBreaks(sorted.get(0), uppers);
  }

  int classes() {
    return uppers.size();
  }

  double lower(int i) {
    return i == 0 ? min : uppers.get(i - 1);
  }

  double upper(int i) {
    return uppers.get(i);
  }

  int classOf(double value) {
    for (int i = 0; i < uppers.size(); i++) {
      if (value <= uppers.get(i)) {
        return i;
      }
    }
    return uppers.size() - 1;
  }
}
