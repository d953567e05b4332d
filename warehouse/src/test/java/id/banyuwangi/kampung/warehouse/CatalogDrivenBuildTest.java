package id.banyuwangi.kampung.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.domain.progress.Progress;
import id.banyuwangi.kampung.domain.reference.ReferenceData;
import id.banyuwangi.kampung.warehouse.BuiltMarts.Value;
import id.banyuwangi.kampung.warehouse.WelfareLake.Household;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalog is the one place an indicator is defined: a new ratio over existing measures is one
 * catalog row and no SQL; a row that names an unknown measure, or declares what the measures do not
 * have, fails at once with the indicator's code, and nothing is published.
 */
class CatalogDrivenBuildTest {
  /** 100 * households below the poverty line / households surveyed, over two existing measures. */
  static final String POOR_HOUSEHOLD_SHARE = "POOR_HOUSEHOLD_SHARE,Persentase Rumah Tangga Miskin,"
      + "Poor household share,percent,POVERTY,100 * households below the poverty line / households surveyed,"
      + "LOWER_IS_BETTER,poor_households,households,,households,households,survey_year,100,2,RATIO,SURVEY_YEAR,"
      + "area|period,,,";

  @TempDir static Path dir;
  static Path lake;

  @BeforeAll
  static void writeLake() {
    lake = WelfareLake.write(dir.resolve("lake"));
  }

  @Test
  void aNewRatioIndicatorIsOneCatalogRow() throws IOException, SQLException {
    IndicatorCatalog catalog = IndicatorCatalog.load(catalogWith(dir.resolve("one-more"), POOR_HOUSEHOLD_SHARE));

    try (BuiltMarts marts = BuiltMarts.build(BuildOptions.of(lake.toString(), dir.resolve("one-more.duckdb"))
        .withCatalog(catalog))) {
      // Sarongan 2024 (z 470,713): H1 and H3 are below the line, of H1..H4; the kecamatan: H1, H3, H5, H7 of 8
      assertEquals(new Value(poor(WelfareLake.SARONGAN), 4.0, 100.0 * poor(WelfareLake.SARONGAN) / 4, 4, true),
          marts.value("POOR_HOUSEHOLD_SHARE", WelfareLake.SARONGAN, "2024"));
      assertEquals(new Value(4.0, 8.0, 50.0, 8, false), marts.value("POOR_HOUSEHOLD_SHARE", "351001", "2024"));
      // a survey year without a poverty line has no value, as for P0
      assertEquals(List.of("0"), marts.strings(
          "SELECT count(*) FROM mart_indicator_value WHERE indicator_code = 'POOR_HOUSEHOLD_SHARE' AND period = '2025'"));
    }
  }

  @Test
  void anUnknownMeasureFailsTheCatalogWithTheIndicatorsCode() throws IOException {
    Path catalog = catalogWith(dir.resolve("unknown"), POOR_HOUSEHOLD_SHARE.replace("poor_households,households",
        "poor_households,no_such_measure"));

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> IndicatorCatalog.load(catalog));

    assertTrue(e.getMessage().contains("indicator POOR_HOUSEHOLD_SHARE: refers to unknown measure no_such_measure"),
        e.getMessage());
  }

  @Test
  void anIndicatorWithoutCellsFailsTheBuildAndNothingIsPublished() throws IOException, SQLException {
    Path target = dir.resolve("published.duckdb");
    BuildSummary good = WarehouseBuilder.build(lake.toString(), target, Progress.NONE);
    // JKN coverage declared by sex, which no household measure has
    String jknBySex = shippedCatalog().lines().filter(l -> l.startsWith("JKN_COVERAGE,")).findFirst().orElseThrow()
        .replace("SURVEY_YEAR,area|period,", "SURVEY_YEAR,area|period|sex,");
    Path catalogDir = catalogWith(dir.resolve("by-sex"), jknBySex);
    IndicatorCatalog catalog = IndicatorCatalog.load(catalogDir);

    WarehouseBuildException e = assertThrows(WarehouseBuildException.class, () -> WarehouseBuilder.build(
        BuildOptions.of(lake.toString(), target).withCatalog(catalog), Progress.NONE));

    assertTrue(e.getMessage().contains("indicator JKN_COVERAGE is declared by sex, which its measures do not have"),
        e.getMessage());
    assertEquals(good.buildId(), BuiltMarts.buildIdOf(target));
  }

  /** The shipped catalog files with one more (or one replaced) indicator row, in a directory of its own. */
  static Path catalogWith(Path catalogDir, String row) throws IOException {
    Files.createDirectories(catalogDir);
    String code = row.substring(0, row.indexOf(','));
    StringBuilder csv = new StringBuilder();
    shippedCatalog().lines().filter(l -> !l.startsWith(code + ",")).forEach(l -> csv.append(l).append('\n'));
    csv.append(row).append('\n');
    Files.writeString(catalogDir.resolve("indicators.csv"), csv, StandardCharsets.UTF_8);
    return catalogDir;
  }

  static String shippedCatalog() throws IOException {
    try (InputStream in = ReferenceData.class.getResourceAsStream("/id/banyuwangi/kampung/catalog/indicators.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The 2024 households of a village below the 2024 line, counted from the fixture. */
  private static double poor(String village) {
    return WelfareLake.HOUSEHOLDS.stream().filter(h -> h.village().equals(village) && h.year() == 2024)
        .filter(CatalogDrivenBuildTest::belowTheLine).count();
  }

  private static boolean belowTheLine(Household h) {
    return h.expenditure() < 470_713L * h.members();
  }
}
