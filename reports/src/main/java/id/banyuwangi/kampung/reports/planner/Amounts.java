package id.banyuwangi.kampung.reports.planner;

import id.banyuwangi.kampung.reports.Units;
import java.text.NumberFormat;

/** Plain amounts (numerators, denominators, row counts) in Indonesian: "123.456", "12,35". */
final class Amounts {
  private Amounts() {}

  static boolean isWhole(double value) {
    return value == Math.rint(value) && !Double.isInfinite(value);
  }

  static String format(double value) {
    NumberFormat format = NumberFormat.getNumberInstance(Units.INDONESIAN);
    format.setMaximumFractionDigits(isWhole(value) ? 0 : 2);
    format.setMinimumFractionDigits(isWhole(value) ? 0 : 2);
    return format.format(value);
  }
}
