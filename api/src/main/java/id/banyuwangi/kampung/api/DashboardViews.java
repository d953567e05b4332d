package id.banyuwangi.kampung.api;

import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.domain.region.Area;
import id.banyuwangi.kampung.domain.region.AreaLevel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values a view of the dashboard ({@code public/dashboard.js}) shows, written once: each as the
 * query of {@code /api/v1/values}, in the dashboard's spelling. {@code /api/v1/views} answers them
 * in one, and the warmer warms them.
 */
final class DashboardViews {
  /** A tile shows the first of these breakdowns its indicator declares (36 services would not fit a tile). */
  private static final List<String> TILE_BREAKDOWNS = List.of("sex", "channel");

  private DashboardViews() {}

  /** Without a period: the series of every indicator of the domain at the area (defaultPeriod() and the tiles). */
  static List<Map<String, String>> series(IndicatorCatalog catalog, String domain, Area area) {
    return catalog.ofDomain(domain).stream().map(ind -> values(ind, area.code(), null, false, null)).toList();
  }

  /**
   * At a period (render()): per indicator shown, the areas one level below (the table) and the
   * tile's split; the map indicator's areas a year earlier (the change column). A village has no
   * areas below it.
   */
  static List<Map<String, String>> numbers(IndicatorCatalog catalog, String domain, Area area, String period) {
    boolean children = area.level() != AreaLevel.VILLAGE;
    List<Indicator> shown = ShownIndicators.of(catalog, domain, period);
    List<Map<String, String>> queries = new ArrayList<>();
    for (Indicator ind : shown) {
      if (children) {
        queries.add(values(ind, area.code(), period, true, null));
      }
      tileBreakdown(ind).ifPresent(by -> queries.add(values(ind, area.code(), period, false, by)));
    }
    if (children) {
      mapped(shown).ifPresent(ind -> queries.add(values(ind, area.code(), yearBefore(period), true, null)));
    }
    return queries;
  }

  /** The map's, rank's and change's indicator: the first shown that has a number per area (mappable[0] in dashboard.js). */
  static Optional<Indicator> mapped(List<Indicator> shown) {
    return shown.stream().filter(ind -> !ind.unit().equals("category")).findFirst();
  }

  /** yearBefore() in dashboard.js: 2023 for 2024, 2023-04 for 2024-04, 2023/2024 for 2024/2025. */
  static String yearBefore(String code) {
    if (code.contains("/")) {
      String[] years = code.split("/");
      return (Integer.parseInt(years[0]) - 1) + "/" + (Integer.parseInt(years[1]) - 1);
    }
    return (Integer.parseInt(code.substring(0, 4)) - 1) + code.substring(4);
  }

  private static Optional<String> tileBreakdown(Indicator ind) {
    return TILE_BREAKDOWNS.stream().filter(ind.disaggregations()::contains).findFirst();
  }

  /** values() in dashboard.js: its parameters, in its order (a URL is compared as a string). */
  private static Map<String, String> values(Indicator ind, String area, String period, boolean children, String by) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("indicator", ind.code());
    query.put("area", area);
    if (period != null) {
      query.put("period", period);
    }
    if (children) {
      query.put("children", "true");
    }
    if (by != null) {
      query.put("by", by);
    }
    return query;
  }
}
