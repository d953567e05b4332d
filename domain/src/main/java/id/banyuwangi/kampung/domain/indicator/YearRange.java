package id.banyuwangi.kampung.domain.indicator;

/**
 * The years an index framework is reported for, written {@code ..2023}, {@code 2024..},
 * {@code 2019..2023} or empty (always): the IDM up to 2023, the Indeks Desa from 2024.
 *
 * @param from the first year, or null for no lower bound
 * @param to the last year, or null for no upper bound
 */
public record YearRange(Integer from, Integer to) {
  public static final YearRange ALWAYS = new YearRange(null, null);

  public static YearRange parse(String text) {
    if (text == null || text.isBlank()) {
      return ALWAYS;
    }
    int dots = text.indexOf("..");
    if (dots < 0) {
      int year = Integer.parseInt(text.strip());
      return new YearRange(year, year);
    }
    String from = text.substring(0, dots).strip();
    String to = text.substring(dots + 2).strip();
    return new YearRange(from.isEmpty() ? null : Integer.valueOf(from), to.isEmpty() ? null : Integer.valueOf(to));
  }

  public boolean contains(int year) {
    return (from == null || year >= from) && (to == null || year <= to);
  }

  @Override
  public String toString() {
    if (from == null && to == null) {
      return "";
    }
    return (from == null ? "" : from.toString()) + ".." + (to == null ? "" : to.toString());
  }
}
