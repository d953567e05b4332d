package id.banyuwangi.kampung.app;

import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.domain.period.PeriodKind;

/**
 * The indicator the benchmark loads the API with: the catalog's first ratio of two measures
 * published by month and year (a values answer with children, and its chart), so the bench names
 * no indicator code of its own and follows the catalog.
 */
final class LoadedIndicator {
  private LoadedIndicator() {}

  static String code() {
    return IndicatorCatalog.standard().all().stream()
        .filter(i -> !i.denominator().isEmpty() && i.periods().contains(PeriodKind.MONTH)
            && i.periods().contains(PeriodKind.YEAR))
        .map(Indicator::code).findFirst()
        .orElseThrow(() -> new IllegalStateException("the catalog has no monthly ratio indicator to load"));
  }
}
