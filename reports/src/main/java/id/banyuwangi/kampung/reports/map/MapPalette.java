package id.banyuwangi.kampung.reports.map;

import id.banyuwangi.kampung.domain.indicator.Direction;
import java.util.List;

/**
 * Sequential, colour-blind-safe fills (ColorBrewer): the better end is always the darkest blue
 * (YlGnBu), whichever way the indicator's direction points; an indicator without a direction gets
 * a purple scale (Purples), so that no shade reads as "better". Fewer classes take evenly spread
 * shades of the five.
 */
final class MapPalette {
  private static final List<String> YL_GN_BU = List.of("#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494");
  private static final List<String> PURPLES = List.of("#f2f0f7", "#cbc9e2", "#9e9ac8", "#756bb1", "#54278f");
  static final String NO_DATA = "#e0e0e0";
  static final String HATCH_INK = "#636363";
  /** The light ground under a hidden area's hatching. */
  static final String HATCH_GROUND = "#f7f7f7";

  private MapPalette() {}

  /** The fill of class {@code i} of {@code classes} (class 0 holds the lowest values). */
  static String fill(Direction direction, int i, int classes) {
    List<String> shades = direction == Direction.NEUTRAL ? PURPLES : YL_GN_BU;
    int rank = direction == Direction.LOWER_IS_BETTER ? classes - 1 - i : i; // rank = how good, 0 worst
    int shade = classes == 1 ? shades.size() - 1 : Math.round(rank * (shades.size() - 1) / (float) (classes - 1));
    return shades.get(shade);
  }

  /** Dark fills get white labels. */
  static boolean dark(String fill) {
    return List.of("#2c7fb8", "#253494", "#756bb1", "#54278f").contains(fill);
  }
}
