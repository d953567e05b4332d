package id.banyuwangi.kampung.reports;

import id.banyuwangi.kampung.domain.indicator.Indicator;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * How the catalog's units read in Indonesian: axis labels and formatted numbers (decimal comma,
 * thousands dot). Works on any indicator of the catalog; an unknown unit is shown as it is.
 */
public final class Units {
  public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
  /** English as the dashboard's {@code lang=en} writes numbers (decimal point, thousands comma). */
  public static final Locale ENGLISH = Locale.forLanguageTag("en-GB");

  private Units() {}

  /** The unit as an axis reads it: "%", "jam", "jumlah", "Rp", ... */
  public static String label(Indicator indicator) {
    return switch (indicator.unit()) {
      case "percent" -> "%";
      case "hours" -> "jam";
      case "count" -> "jumlah";
      case "rupiah" -> "Rp";
      case "index" -> "indeks";
      case "rate" -> indicator.scale() > 1 ? "per " + format(indicator.scale(), 0) : "rasio";
      case "category" -> "kategori";
      default -> indicator.unit();
    };
  }

  /** The value axis label: the indicator's Indonesian name with its unit. */
  public static String axisLabel(Indicator indicator) {
    return indicator.nameId() + " (" + label(indicator) + ")";
  }

  /** The number format used for this indicator's values (a new instance: NumberFormat is not thread-safe). */
  public static NumberFormat numberFormat(Indicator indicator) {
    return numberFormat(indicator, INDONESIAN);
  }

  /** As {@link #numberFormat(Indicator)}, in the given locale's notation. */
  public static NumberFormat numberFormat(Indicator indicator, Locale locale) {
    int decimals = decimals(indicator);
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(decimals);
    format.setMaximumFractionDigits(decimals);
    format.setGroupingUsed(true);
    return format;
  }

  /** A value with its unit: "41,3%", "36,5 jam", "123.456", "Rp 1.250.000". */
  public static String format(Indicator indicator, double value) {
    return format(indicator, value, INDONESIAN);
  }

  /** As {@link #format(Indicator, double)} in the locale's notation: "41.3%", "36.5 h" in English. */
  public static String format(Indicator indicator, double value, Locale locale) {
    String number = numberFormat(indicator, locale).format(value);
    boolean english = locale.getLanguage().equals("en");
    return switch (indicator.unit()) {
      case "percent" -> number + "%";
      case "hours" -> number + (english ? " h" : " jam");
      case "rupiah" -> "Rp " + number;
      default -> number;
    };
  }

  /** True for units shown without decimals (counts, rupiah): their axes tick on whole numbers. */
  public static boolean wholeNumbers(Indicator indicator) {
    return decimals(indicator) == 0;
  }

  private static int decimals(Indicator indicator) {
    return switch (indicator.unit()) {
      case "count", "rupiah", "category" -> 0;
      case "index" -> 2;
      default -> 1;
    };
  }

  private static String format(double value, int decimals) {
    NumberFormat format = NumberFormat.getNumberInstance(INDONESIAN);
    format.setMaximumFractionDigits(decimals);
    return format.format(value);
  }
}
