package id.banyuwangi.kampung.reports;

import id.banyuwangi.kampung.domain.indicator.Indicator;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * How the catalog's units read: axis labels and formatted numbers with the catalog's decimals, in
 * Indonesian (decimal comma, thousands dot) unless a {@link Lang} says otherwise. Works on any
 * indicator of the catalog; an unknown unit is shown as it is.
 */
public final class Units {
  public static final Locale INDONESIAN = Lang.ID.locale();

  private Units() {}

  /** The unit as an Indonesian axis reads it: "%", "jam", "jumlah", "Rp", ... */
  public static String label(Indicator indicator) {
    return label(indicator, Lang.ID);
  }

  /** The unit as an axis reads it in {@code lang}. */
  public static String label(Indicator indicator, Lang lang) {
    return switch (indicator.unit()) {
      case "percent", "hours", "count", "rupiah", "index", "category" -> lang.text("unit." + indicator.unit());
      case "rate" -> indicator.scale() > 1 ? lang.text("unit.rate", plain(indicator.scale(), lang)) : lang.text("unit.ratio");
      default -> indicator.unit();
    };
  }

  /** The value axis label: the indicator's Indonesian name with its unit. */
  public static String axisLabel(Indicator indicator) {
    return axisLabel(indicator, Lang.ID);
  }

  public static String axisLabel(Indicator indicator, Lang lang) {
    return lang.name(indicator) + " (" + label(indicator, lang) + ")";
  }

  /** The Indonesian number format of this indicator's values (a new instance: NumberFormat is not thread-safe). */
  public static NumberFormat numberFormat(Indicator indicator) {
    return numberFormat(indicator, Lang.ID);
  }

  /** The number format of this indicator's values in {@code lang}, with the catalog's decimals. */
  public static NumberFormat numberFormat(Indicator indicator, Lang lang) {
    return numberFormat(decimals(indicator), lang);
  }

  /** A number format with exactly {@code decimals} decimals and grouping. */
  public static NumberFormat numberFormat(int decimals, Lang lang) {
    NumberFormat format = NumberFormat.getNumberInstance(lang.locale());
    format.setMinimumFractionDigits(decimals);
    format.setMaximumFractionDigits(decimals);
    format.setGroupingUsed(true);
    return format;
  }

  /** A value with its unit in Indonesian: "41,27%", "36,5 jam", "123.456", "Rp 1.250.000". */
  public static String format(Indicator indicator, double value) {
    return format(indicator, value, Lang.ID);
  }

  /** A value with its unit in {@code lang}: "41,27%" or "41.27%", "36,5 jam" or "36.5 hours". */
  public static String format(Indicator indicator, double value, Lang lang) {
    return withUnit(indicator, numberFormat(indicator, lang).format(value), lang);
  }

  /** A difference of two values: "1,20 poin" for a percent, "3,4 jam", "Rp 1.000", "12" (always without sign). */
  public static String formatChange(Indicator indicator, double change, Lang lang) {
    String number = numberFormat(indicator, lang).format(Math.abs(change));
    return indicator.unit().equals("percent") || indicator.unit().equals("index")
        ? number + lang.text("points") : withUnit(indicator, number, lang);
  }

  /** A signed difference for a table cell: "+1,20", "-0,35", "0,00". */
  public static String formatSignedChange(Indicator indicator, double change, Lang lang) {
    String number = numberFormat(indicator, lang).format(Math.abs(change));
    boolean zero = numberFormat(indicator, lang).format(0.0).equals(number);
    return (zero ? "" : change > 0 ? "+" : "-") + number;
  }

  /** True for indicators shown without decimals (counts, rupiah): their axes tick on whole numbers. */
  public static boolean wholeNumbers(Indicator indicator) {
    return decimals(indicator) == 0;
  }

  /** The decimals a value is shown with: the catalog's ({@code decimals}). */
  public static int decimals(Indicator indicator) {
    return indicator.decimals();
  }

  private static String withUnit(Indicator indicator, String number, Lang lang) {
    return switch (indicator.unit()) {
      case "percent" -> number + "%";
      case "hours" -> number + lang.text("suffix.hours");
      case "rupiah" -> lang.text("prefix.rupiah") + number;
      default -> number;
    };
  }

  private static String plain(double value, Lang lang) {
    NumberFormat format = NumberFormat.getNumberInstance(lang.locale());
    format.setMaximumFractionDigits(0);
    return format.format(value);
  }
}
