package id.banyuwangi.kampung.reports.planner;

import id.banyuwangi.kampung.reports.Lang;
import id.banyuwangi.kampung.reports.Units;

/** Plain amounts (numerators, denominators, row counts): "123.456", "12,35" (Indonesian) or "12.35". */
final class Amounts {
  private Amounts() {}

  static boolean isWhole(double value) {
    return value == Math.rint(value) && !Double.isInfinite(value);
  }

  static String format(double value, Lang lang) {
    return Units.numberFormat(isWhole(value) ? 0 : 2, lang).format(value);
  }
}
