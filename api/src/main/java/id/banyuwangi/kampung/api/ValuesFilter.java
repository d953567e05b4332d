package id.banyuwangi.kampung.api;

import id.banyuwangi.kampung.domain.region.Area;
import id.banyuwangi.kampung.domain.region.RegionHierarchy;
import id.banyuwangi.kampung.read.CellFilter;
import java.util.List;
import java.util.Map;

/** The cells a {@code /api/v1/values} query names, as a filter of {@link id.banyuwangi.kampung.read.IndicatorCells}. */
final class ValuesFilter {
  private ValuesFilter() {}

  static CellFilter of(ValuesController.Query q) {
    List<String> areas = q.children()
        ? RegionHierarchy.banyuwangi().children(q.area()).stream().map(Area::code).toList()
        : List.of(q.area());
    return new CellFilter(List.of(q.indicator()), areas.isEmpty() ? List.of("-") : areas, List.of(),
        q.kind() == null ? List.of() : List.of(q.kind()), q.period() == null ? List.of() : List.of(q.period()),
        List.of(q.by() == null ? CellFilter.TOTALS : q.by()), null, null, Map.of(), Map.of(), Map.of());
  }
}
