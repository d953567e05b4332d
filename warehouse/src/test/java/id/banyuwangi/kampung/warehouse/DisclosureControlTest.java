package id.banyuwangi.kampung.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.warehouse.KioskEventRows.Request;
import id.banyuwangi.kampung.warehouse.WelfareLake.Household;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Complementary suppression: hand-worked cases with the chosen cells written out, and the attacker
 * ({@link SubtractionAttack}, written apart from the suppression code) on lakes holding the hard
 * cases: a kecamatan whose data is one village's, a village hidden in one month only, a breakdown
 * with one small member, two indicators sharing a count.
 */
class DisclosureControlTest {
  private static final String SARONGAN = "3510012001";
  private static final String PESANGGARAN = "3510012002";
  private static final String SUMBERAGUNG = "3510012004";
  private static final String SUKOREJO = "3510022001";

  @TempDir Path dir;

  /**
   * JKN coverage alone (cell: households). Kecamatan 351001: Sarongan 3 households (a small cell),
   * Pesanggaran 6, Sumberagung 8; kecamatan 351002: Sukorejo 7. Sarongan alone hidden would be the
   * kecamatan's 17 minus 6 and 8, so the smallest other village, Pesanggaran, is hidden too: the two
   * hidden villages add up to 9 households, and nothing else needs hiding.
   */
  @Test
  void aHiddenVillageGetsTheSmallestNeighbourHiddenWithIt() throws Exception {
    try (BuiltMarts marts = jknOnly("one", List.of(households(SARONGAN, 3), households(PESANGGARAN, 6),
        households(SUMBERAGUNG, 8), households(SUKOREJO, 7)))) {
      assertEquals(List.of(SARONGAN + " primary", PESANGGARAN + " secondary"), hidden(marts));
      assertNoLeak(marts);
    }
  }

  /**
   * Kecamatan 351002's data is Sukorejo's alone (4 households): village and kecamatan are both small
   * cells. The regency minus kecamatan 351001 would give 351002, so 351001 is hidden (the only other
   * kecamatan), and 351001 would then be the sum of its shown villages, so its smallest village,
   * Pesanggaran (6), is hidden as well.
   */
  @Test
  void aKecamatanWhoseDataIsOneVillagesIsHiddenWithTheVillage() throws Exception {
    try (BuiltMarts marts = jknOnly("single", List.of(households(SARONGAN, 9), households(PESANGGARAN, 6),
        households(SUMBERAGUNG, 8), households(SUKOREJO, 4)))) {
      assertEquals(List.of("351001 secondary", PESANGGARAN + " secondary", "351002 primary", SUKOREJO + " primary"),
          hidden(marts));
      assertNoLeak(marts);
    }
  }

  /**
   * The threshold is configuration ({@code disclosure.properties}): at 10 every village is a small
   * cell, and so is kecamatan 351002 (7 households), which the regency's 30 minus 351001's 23 would
   * give away, so 351001 is hidden with it; the threshold is recorded with the build.
   */
  @Test
  void theThresholdComesFromTheCatalogsDisclosureRule() throws Exception {
    try (BuiltMarts marts = jknOnly("ten", 10, List.of(households(SARONGAN, 9), households(PESANGGARAN, 6),
        households(SUMBERAGUNG, 8), households(SUKOREJO, 7)))) {
      assertEquals(List.of("351001 secondary", SARONGAN + " primary", PESANGGARAN + " primary",
          SUMBERAGUNG + " primary", "351002 primary", SUKOREJO + " primary"), hidden(marts));
      assertEquals(List.of("10"), marts.strings("SELECT value FROM _build_info WHERE key = 'min_cell'"));
      SubtractionAttack.Findings f = SubtractionAttack.run(marts.connection, 10);
      assertEquals(List.of(), f.recovered(), "hidden cells recovered");
      assertEquals(List.of(), f.smallSums(), "relations whose hidden cells add up to fewer than 10");
    }
  }

  /** Requests over months, channels and two indicators sharing the count of requests submitted. */
  @Test
  void theAttackerRecoversNothingAcrossAreasBreakdownsPeriodsAndSharedCounts() throws Exception {
    List<Request> requests = new ArrayList<>();
    // Sarongan: 6 in January, 2 in February (hidden in one month only), 12 in March: 6 KIOSK, 5
    // COUNTER and one ONLINE (a breakdown with one small member)
    add(requests, SARONGAN, 1, 6, "COUNTER");
    add(requests, SARONGAN, 2, 2, "COUNTER");
    add(requests, SARONGAN, 3, 6, "KIOSK");
    add(requests, SARONGAN, 3, 5, "COUNTER");
    add(requests, SARONGAN, 3, 1, "ONLINE");
    add(requests, PESANGGARAN, 1, 8, "KIOSK");
    add(requests, PESANGGARAN, 2, 9, "COUNTER");
    add(requests, PESANGGARAN, 3, 10, "KIOSK");
    // kecamatan 351002: Sukorejo's data alone, 3 requests in February
    add(requests, SUKOREJO, 2, 3, "COUNTER");
    Path lake = KioskEventRows.write(dir.resolve("requests"), requests);
    try (BuiltMarts marts = BuiltMarts.build(lake, dir.resolve("requests.duckdb"))) {
      assertEquals(List.of("primary"), marts.strings("""
          SELECT suppression FROM public_indicator_value
          WHERE indicator_code = 'SERVICE_REQUESTS' AND area_code = '%s' AND period = '2024-02'""".formatted(SARONGAN)));
      // February hidden alone would be the quarter minus the other two months: the smaller of them,
      // January (6), is hidden with it (March is hidden too: its hidden members chain further)
      List<String> months = marts.strings("""
          SELECT period || ' ' || suppression FROM public_indicator_value WHERE indicator_code = 'SERVICE_REQUESTS'
          AND area_code = '%s' AND period_kind = 'MONTH' AND suppressed ORDER BY 1""".formatted(SARONGAN));
      assertEquals(List.of("2024-01 secondary", "2024-02 primary"), months.subList(0, 2));
      // the two indicators that show requests submitted hide the same cells
      assertEquals(List.of(), marts.strings("""
          SELECT a.area_code || ' ' || a.period FROM public_indicator_value a JOIN public_indicator_value b
            USING (area_code, period, period_kind)
          WHERE a.indicator_code = 'SERVICE_REQUESTS' AND b.indicator_code = 'SELF_SERVICE_SHARE'
            AND a.suppressed <> b.suppressed"""));
      // a single small channel is not left alone: the smallest other member (COUNTER, 5) is hidden
      // with it (KIOSK too here, as the sparse months and villages chain more relations)
      List<String> channels = marts.strings("""
          SELECT member || ' ' || suppression FROM public_indicator_breakdown WHERE indicator_code = 'SERVICE_REQUESTS'
          AND area_code = '%s' AND period = '2024-03' AND breakdown = 'channel' AND suppressed ORDER BY 1"""
          .formatted(SARONGAN));
      assertTrue(channels.containsAll(List.of("COUNTER secondary", "ONLINE primary")), channels.toString());
      assertNoLeak(marts);
      assertPublishedValuesUnchanged(marts);
    }
  }

  /**
   * Every hand-made lake at once (public service, welfare, health, education, economy): the
   * issue's own case is here, Sarongan's July 2024 with 1 stunted child of 4 measured (a small
   * cell under kecamatan 351001's published children), and counts shown by several indicators
   * (children measured under stunting, wasting and underweight; requests under four).
   */
  @Test
  void theAttackerRecoversNothingInALakeOfEverySource() throws Exception {
    Path warehouse = AllSourcesLake.buildWarehouse(dir.resolve("all"));
    try (BuiltMarts marts = BuiltMarts.open(warehouse, null)) {
      assertEquals(List.of("1.0 4.0 primary"), marts.strings("""
          SELECT m.numerator || ' ' || m.denominator || ' ' || p.suppression
          FROM mart_indicator_value m JOIN public_indicator_value p USING (indicator_code, area_code, period)
          WHERE indicator_code = 'STUNTING_PREVALENCE' AND area_code = '%s' AND period = '2024-07'""".formatted(SARONGAN)));
      assertEquals(List.of("true"), marts.strings("""
          SELECT bool_and(suppressed)::VARCHAR FROM public_indicator_value
          WHERE indicator_code IN ('STUNTING_PREVALENCE', 'WASTING_PREVALENCE', 'UNDERWEIGHT_PREVALENCE')
            AND area_code = '%s' AND period = '2024-07'""".formatted(SARONGAN)));
      assertNoLeak(marts);
      assertPublishedValuesUnchanged(marts);
    }
  }

  private static void assertNoLeak(BuiltMarts marts) throws Exception {
    SubtractionAttack.Findings f = SubtractionAttack.run(marts.connection, 5);
    assertTrue(f.relationsWithHiddenCells() > 0, "the lake has hidden cells to attack");
    assertEquals(List.of(), f.recovered(), "hidden cells recovered");
    assertEquals(List.of(), f.smallSums(), "relations whose hidden cells add up to fewer than 5");
  }

  /** A cell not hidden shows exactly the mart's numbers. */
  private static void assertPublishedValuesUnchanged(BuiltMarts marts) throws Exception {
    assertEquals(List.of("0"), marts.strings("""
        SELECT count(*) FROM public_indicator_cell p JOIN mart_indicator_cell m
          USING (indicator_code, area_code, period, period_kind, breakdown, member)
        WHERE p.category IS NOT DISTINCT FROM m.category AND NOT p.suppressed AND (p.value IS DISTINCT FROM m.value OR p.numerator IS DISTINCT FROM m.numerator
          OR p.denominator IS DISTINCT FROM m.denominator OR m.suppressed)"""));
    assertFalse(marts.strings("SELECT count(*) FROM mart_disclosure WHERE suppression = 'secondary'").contains("0"));
  }

  /** The hidden JKN cells of survey year 2024, "area status", by area code. */
  private static List<String> hidden(BuiltMarts marts) throws Exception {
    return marts.strings("""
        SELECT area_code || ' ' || suppression FROM public_indicator_value
        WHERE indicator_code = 'JKN_COVERAGE' AND suppressed ORDER BY area_code""");
  }

  /** A warehouse evaluating a catalog of JKN coverage alone, over the given households. */
  private BuiltMarts jknOnly(String name, List<List<Household>> villages) throws Exception {
    return jknOnly(name, 0, villages);
  }

  /** As above, with {@code minCell} as the catalog's threshold (0: the shipped one). */
  private BuiltMarts jknOnly(String name, int minCell, List<List<Household>> villages) throws Exception {
    Path lake = dir.resolve(name);
    List<Household> all = villages.stream().flatMap(List::stream).toList();
    DeltaTestTables households = DeltaTestTables.households(lake);
    households.commit(List.of(households.writeFile("part-0.parquet", WelfareLake.households(all))), List.of());
    Path catalog = Files.createDirectories(dir.resolve(name + "-catalog"));
    String header = TestCatalogs.shippedIndicators().lines().findFirst().orElseThrow();
    String jkn = TestCatalogs.shippedIndicators().lines().filter(l -> l.startsWith("JKN_COVERAGE,")).findFirst().orElseThrow();
    Files.writeString(catalog.resolve("indicators.csv"), header + "\n" + jkn + "\n", StandardCharsets.UTF_8);
    if (minCell > 0) {
      Files.writeString(catalog.resolve("disclosure.properties"), "min_cell=" + minCell + "\n", StandardCharsets.UTF_8);
    }
    return BuiltMarts.build(BuildOptions.of(lake.toString(), dir.resolve(name + ".duckdb"))
        .withCatalog(IndicatorCatalog.load(catalog)));
  }

  private static List<Household> households(String village, int n) {
    List<Household> hs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      hs.add(new Household(village + "-H" + i, village, 2024, 3 + i % 3, 3_000_000, 2, 1, i % 2 == 0 ? 3 : 1, false,
          false, "PIPED", "OWN", "PLN_METERED"));
    }
    return hs;
  }

  private static void add(List<Request> requests, String village, int month, int n, String channel) {
    for (int i = 0; i < n; i++) {
      String at = String.format("2024-%02d-%02dT09:00:00+07:00", month, 3 + i);
      String done = String.format("2024-%02d-%02dT15:00:00+07:00", month, 3 + i);
      requests.add(new Request("T" + village + "-" + month + "-" + channel + "-" + i, village, "SK-DOMISILI", channel,
          at, "COMPLETED", done));
    }
  }
}
