package id.banyuwangi.kampung.warehouse;

import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.domain.reference.ReferenceData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Catalogs of tests: the shipped catalog with one indicator row more (or one replaced). */
public final class TestCatalogs {
  /** 100 * households below the poverty line / households surveyed: a ratio over two existing measures. */
  public static final String POOR_HOUSEHOLD_SHARE = "POOR_HOUSEHOLD_SHARE,Persentase Rumah Tangga Miskin,"
      + "Poor household share,percent,POVERTY,100 * households below the poverty line / households surveyed,"
      + "LOWER_IS_BETTER,poor_households,households,,households,households,survey_year,100,2,RATIO,SURVEY_YEAR,"
      + "area|period,,,";

  private TestCatalogs() {}

  /** The shipped catalog files with {@code row} added (replacing the row of the same code), in {@code dir}. */
  public static Path catalogWith(Path dir, String row) {
    try {
      Files.createDirectories(dir);
      String code = row.substring(0, row.indexOf(','));
      StringBuilder csv = new StringBuilder();
      shippedIndicators().lines().filter(l -> !l.startsWith(code + ",")).forEach(l -> csv.append(l).append('\n'));
      csv.append(row).append('\n');
      Files.writeString(dir.resolve("indicators.csv"), csv, StandardCharsets.UTF_8);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The catalog of {@link #catalogWith}, loaded. */
  public static IndicatorCatalog with(Path dir, String row) {
    return IndicatorCatalog.load(catalogWith(dir, row));
  }

  public static String shippedIndicators() {
    try (InputStream in = ReferenceData.class.getResourceAsStream("/id/banyuwangi/kampung/catalog/indicators.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
