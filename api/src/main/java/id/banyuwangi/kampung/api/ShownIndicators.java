package id.banyuwangi.kampung.api;

import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.domain.period.Period;
import id.banyuwangi.kampung.domain.period.PeriodKind;
import java.util.List;

/** Which of a domain's indicators the dashboard shows at a period, as reportedIn() and publishedFor() in dashboard.js do. */
final class ShownIndicators {
  private ShownIndicators() {}

  /** Reported in the period's year (an index framework only in its years) and published for its kind. */
  static List<Indicator> of(IndicatorCatalog catalog, String domain, String period) {
    int year = Integer.parseInt(period.substring(0, 4));
    return catalog.ofDomain(domain).stream()
        .filter(ind -> ind.validYears().contains(year) && publishedFor(ind, period)).toList();
  }

  /** A four-digit year also stands for a survey year. */
  static boolean publishedFor(Indicator ind, String code) {
    PeriodKind kind = Period.parse(code).kind();
    return ind.periods().contains(kind) || (kind == PeriodKind.YEAR && ind.periods().contains(PeriodKind.SURVEY_YEAR));
  }
}
