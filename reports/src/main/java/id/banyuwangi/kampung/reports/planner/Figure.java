package id.banyuwangi.kampung.reports.planner;

import id.banyuwangi.kampung.read.IndicatorValue;
import java.util.List;

/**
 * One area's figure of one indicator in the report's period, as {@code public_indicator_value}
 * holds it: a value (with numerator and denominator where the indicator has them), a suppressed
 * cell (no numbers at all), no row at all, or, for a categorical indicator (IDM_STATUS), its bands.
 *
 * @param suppression why a suppressed figure is hidden: primary (a small cell) or secondary (hidden
 *     so that no small cell can be recomputed); null when shown
 * @param bands the bands of a categorical indicator: at village level the village's own band
 *     (count null), above it the number of villages in each band; empty for any other indicator
 */
public record Figure(ReportArea area, Double value, Double numerator, Double denominator, boolean suppressed,
    String suppression, List<Band> bands) {

  /** One band of a categorical indicator and (above the village level) how many villages are in it. */
  public record Band(String category, Double count) {}

  /** The figure of {@code area} from its rows of one indicator and period (none, one, or one per band). */
  static Figure of(ReportArea area, List<IndicatorValue> rows) {
    if (rows.isEmpty()) {
      return new Figure(area, null, null, null, false, null, List.of());
    }
    boolean suppressed = rows.stream().anyMatch(IndicatorValue::suppressed);
    List<Band> bands = rows.stream().filter(r -> r.category() != null && !r.suppressed())
        .map(r -> new Band(r.category(), r.value())).toList();
    if (!bands.isEmpty() || rows.size() > 1) {
      return new Figure(area, null, null, null, suppressed && bands.isEmpty(), null, bands);
    }
    IndicatorValue row = rows.get(0);
    return new Figure(area, row.value(), row.numerator(), row.denominator(), row.suppressed(), row.suppression(),
        List.of());
  }

  /** True when the warehouse holds no row of this area (not even a suppressed one). */
  public boolean missing() {
    return value == null && !suppressed && bands.isEmpty();
  }

  /** True when the figure is a published number (not hidden, not missing, not bands). */
  public boolean shown() {
    return value != null && !suppressed;
  }

  public boolean categorical() {
    return !bands.isEmpty();
  }
}
