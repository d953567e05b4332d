package id.banyuwangi.kampung.read;

import id.banyuwangi.kampung.domain.period.PeriodKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which cells to read; an empty list or map, or a null bound, does not restrict.
 *
 * @param breakdowns the breakdowns wanted ({@code total} for the totals), all when empty
 * @param members per breakdown code (sex, service, ...), the members wanted; {@link #TOTAL} in the
 *     set stands for the cells not broken down by it. A breakdown not in the map: any.
 * @param bands per category breakdown (idm_status, ...), the bands wanted of the indicators in
 *     {@code bandIndicators} under it; {@link #TOTAL} for the cells without such a band
 * @param bandIndicators per category breakdown, the indicators whose categories are its members
 * @param startFrom only periods starting on or after this day
 * @param endBy only periods ending on or before this day
 */
public record CellFilter(
    List<String> indicators,
    List<String> areas,
    List<String> levels,
    List<PeriodKind> kinds,
    List<String> periods,
    List<String> breakdowns,
    LocalDate startFrom,
    LocalDate endBy,
    Map<String, Set<String>> members,
    Map<String, Set<String>> bands,
    Map<String, List<String>> bandIndicators) {

  /** The member code of a cell that is not broken down (SDMX's total, {@code _T}). */
  public static final String TOTAL = "_T";
  /** The breakdown of the totals. */
  public static final String TOTALS = "total";

  public CellFilter {
    indicators = List.copyOf(indicators);
    areas = List.copyOf(areas);
    levels = List.copyOf(levels);
    kinds = List.copyOf(kinds);
    periods = List.copyOf(periods);
    breakdowns = List.copyOf(breakdowns);
    members = Map.copyOf(members);
    bands = Map.copyOf(bands);
    bandIndicators = Map.copyOf(bandIndicators);
  }

  /** Every cell of one indicator. */
  public static CellFilter indicator(String code) {
    return new CellFilter(List.of(code), List.of(), List.of(), List.of(), List.of(), List.of(), null, null, Map.of(),
        Map.of(), Map.of());
  }
}
