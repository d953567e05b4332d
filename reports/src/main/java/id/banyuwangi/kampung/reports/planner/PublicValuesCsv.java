package id.banyuwangi.kampung.reports.planner;

import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.read.IndicatorValue;
import id.banyuwangi.kampung.read.IndicatorValues;
import id.banyuwangi.kampung.reports.Lang;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Connection;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every public value of a warehouse as one CSV (RFC 4180, UTF-8): each total of
 * {@code public_indicator_value} and each breakdown member of {@code public_indicator_breakdown},
 * every area and period, suppression applied (a hidden value is an empty field with
 * {@code suppressed=true} and its reason). Numbers are plain ({@code 17.9}), for machines.
 */
public final class PublicValuesCsv {
  public static final String FILE_NAME = "kampung-public-values.csv";
  static final String[] HEADER = {"indicator_code", "indicator_name", "area_code", "area_name", "area_level", "period",
      "period_kind", "breakdown", "member", "category", "value", "numerator", "denominator", "suppressed", "suppression"};

  private PublicValuesCsv() {}

  /** Writes the CSV; returns the number of value rows written. */
  public static long write(Connection connection, IndicatorCatalog catalog, Lang lang, Writer out) throws IOException {
    IndicatorValues values = new IndicatorValues(connection);
    long[] rows = {0};
    try (CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(out)) {
      values.forEachValue(v -> print(csv, catalog, lang, v, "", "", rows));
      values.forEachBreakdown(b -> print(csv, catalog, lang, b.value(), b.breakdown(), b.member(), rows));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return rows[0];
  }

  private static void print(CSVPrinter csv, IndicatorCatalog catalog, Lang lang, IndicatorValue v, String breakdown,
      String member, long[] rows) {
    String name = catalog.find(v.indicatorCode()).map(lang::name).orElse("");
    try {
      csv.printRecord(v.indicatorCode(), name, v.areaCode(), v.areaName(), v.areaLevel(), v.period(), v.periodKind(),
          breakdown, member, v.category(), v.value(), v.numerator(), v.denominator(), v.suppressed(), v.suppression());
      rows[0]++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
