package id.banyuwangi.kampung.reports;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Short Indonesian labels for period codes on chart axes: {@code 2024-03} reads "Mar 2024". */
public final class PeriodLabels {
  private static final List<String> MONTHS =
      List.of("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

  private PeriodLabels() {}

  public static String shortLabel(String period) {
    Matcher m = MONTH.matcher(period);
    if (m.matches()) {
      return MONTHS.get(Integer.parseInt(m.group(2)) - 1) + " " + m.group(1);
    }
    m = QUARTER.matcher(period);
    if (m.matches()) {
      return "TW" + m.group(2) + " " + m.group(1);
    }
    return period;
  }
}
