package id.banyuwangi.kampung.domain.indicator;

import java.util.ArrayList;
import java.util.List;

/**
 * What makes a catalog well formed, checked when it is loaded so that a mistake in a catalog row
 * fails at once with the indicator's code, never as a silently missing value later.
 */
final class CatalogRules {
  private CatalogRules() {}

  static void check(IndicatorCatalog catalog) {
    List<String> problems = new ArrayList<>();
    for (Indicator i : catalog.all()) {
      problems.addAll(problems(catalog, i));
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("the indicator catalog is not valid:\n  " + String.join("\n  ", problems));
    }
  }

  private static List<String> problems(IndicatorCatalog catalog, Indicator i) {
    List<String> problems = new ArrayList<>();
    String at = "indicator " + i.code() + ": ";
    for (String measure : i.measures()) {
      if (catalog.measure(measure).isEmpty()) {
        problems.add(at + "refers to unknown measure " + measure);
      }
    }
    if (i.valueMeasure().isEmpty()) {
      problems.add(at + "has neither a numerator nor a statistic");
    }
    boolean divides = i.rollup() == Rollup.RATIO || i.rollup() == Rollup.MEAN_OVER_VILLAGES;
    if (divides && i.denominator().isEmpty()) {
      problems.add(at + "rollup " + i.rollup() + " needs a denominator");
    }
    // a median's denominator is shown beside it (the requests behind it); counts and sums have none
    if (!divides && i.rollup() != Rollup.MEDIAN && !i.denominator().isEmpty()) {
      problems.add(at + "rollup " + i.rollup() + " takes no denominator");
    }
    if ((i.rollup() == Rollup.MEDIAN) == i.statistic().isEmpty()) {
      problems.add(at + (i.rollup() == Rollup.MEDIAN ? "a MEDIAN needs a statistic measure"
          : "only a MEDIAN has a statistic measure"));
    }
    catalog.measure(i.statistic()).filter(Measure::isAdditive)
        .ifPresent(m -> problems.add(at + "statistic " + m.name() + " is an additive measure (" + m.kind() + ")"));
    catalog.measure(i.numerator()).filter(m -> !m.isAdditive())
        .ifPresent(m -> problems.add(at + "numerator " + m.name() + " is a statistic, not a count or sum"));
    catalog.measure(i.valueMeasure()).filter(m -> m.boundary() != i.periodBoundary())
        .ifPresent(m -> problems.add(at + "period boundary " + i.periodBoundary().code() + " differs from its measure "
            + m.name() + "'s (" + m.boundary().code() + ")"));
    if (i.isSuppressible() && i.cellCount().isEmpty()) {
      problems.add(at + "has a small-cell unit but no cell_count measure");
    }
    if ((i.rollup() == Rollup.COUNT_BY_BAND) == i.category().isEmpty()) {
      problems.add(at + (i.category().isEmpty() ? "a COUNT_BY_BAND needs a category breakdown"
          : "only a COUNT_BY_BAND has a category"));
    }
    for (String breakdown : i.categoryBreakdown().map(c -> concat(i.breakdowns(), c)).orElse(i.breakdowns())) {
      if (catalog.breakdown(breakdown).isEmpty()) {
        problems.add(at + "refers to unknown breakdown " + breakdown);
      }
    }
    if (!i.disaggregations().containsAll(List.of("area", "period"))) {
      problems.add(at + "disaggregations must start with area|period");
    }
    return problems;
  }

  private static List<String> concat(List<String> list, String one) {
    List<String> all = new ArrayList<>(list);
    all.add(one);
    return all;
  }
}
