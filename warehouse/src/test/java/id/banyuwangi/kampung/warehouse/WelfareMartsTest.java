package id.banyuwangi.kampung.warehouse;

import id.banyuwangi.kampung.warehouse.BuiltMarts.Value;

import static id.banyuwangi.kampung.warehouse.WelfareLake.KANDANGAN;
import static id.banyuwangi.kampung.warehouse.WelfareLake.PESANGGARAN;
import static id.banyuwangi.kampung.warehouse.WelfareLake.SARONGAN;
import static id.banyuwangi.kampung.warehouse.WelfareLake.SUKOREJO;
import static id.banyuwangi.kampung.warehouse.WelfareLake.SUMBERAGUNG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.kampung.domain.poverty.PovertyLines;
import id.banyuwangi.kampung.domain.progress.Progress;
import id.banyuwangi.kampung.warehouse.WelfareLake.Household;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The POVERTY, INFRASTRUCTURE, ECONOMY and DEVELOPMENT indicators (and JKN coverage) over
 * {@link WelfareLake}, worked out by hand. z = 470,713 rupiah per capita per month (2024).
 */
class WelfareMartsTest {
  private static final double EPS = 1e-9;
  private static final double Z_2024 = 470_713;
  private static final String PESANGGARAN_KEC = "351001";
  private static final String BANGOREJO_KEC = "351002";
  private static final String REGENCY = "3510";

  @TempDir static Path dir;
  static Path lake;
  static BuiltMarts marts;

  @BeforeAll
  static void build() throws SQLException {
    lake = WelfareLake.write(dir.resolve("lake"));
    Path warehouse = dir.resolve("out/kampung.duckdb");
    marts = BuiltMarts.build(lake, warehouse);
  }

  @AfterAll
  static void close() throws SQLException {
    marts.close();
  }

  // ---- poverty -------------------------------------------------------------------------------

  @Test
  void headcountRatioIsPersonWeightedAndStrictlyBelowTheLine() throws SQLException {
    // Sarongan: poor H1 (4 persons, y 235,000) and H3 (2, y 0); H2 at exactly z and H4 are not: 100 * 6 / 14
    assertEquals(new Value(6.0, 14.0, 600.0 / 14, 4, true), marts.value("POVERTY_P0", SARONGAN, "2024"));
    // Pesanggaran: poor H5 (6, y 400,000) and H7 (4, y 400,000) of 13 persons: 100 * 10 / 13
    assertEquals(new Value(10.0, 13.0, 1000.0 / 13, 4, true), marts.value("POVERTY_P0", PESANGGARAN, "2024"));
    // Four households a village: a small cell (suppressed in public outputs) although each holds > 4 persons.
    // Kecamatan from the pooled households: 100 * 16 / 27 = 59.259..., not the mean of the villages (59.890...)
    Value kecamatan = marts.value("POVERTY_P0", PESANGGARAN_KEC, "2024");
    assertEquals(new Value(16.0, 27.0, kecamatan.value(), 8, false), kecamatan);
    assertEquals(1600.0 / 27, kecamatan.value(), EPS);
    assertEquals(fgt(WelfareLake.HOUSEHOLDS, 0), kecamatan.value(), EPS);
    assertNotEquals((600.0 / 14 + 1000.0 / 13) / 2, kecamatan.value(), 0.1);
    assertEquals(1600.0 / 27, marts.value("POVERTY_P0", REGENCY, "2024").value(), EPS);
    assertEquals(List.of("SURVEY_YEAR"), marts.strings(
        "SELECT DISTINCT period_kind FROM mart_indicator_value WHERE indicator_code LIKE 'POVERTY%'"));
  }

  @Test
  void gapAndSeverityIndicesSumThePoorPersonsGaps() throws SQLException {
    double h1 = (Z_2024 - 235_000) / Z_2024;  // 0.50075...
    double h3 = 1;                            // expenditure 0: the whole line
    double h57 = (Z_2024 - 400_000) / Z_2024; // 70,713 / 470,713 = 0.15022...
    // P1 Sarongan: 100 * (4 * h1 + 2 * h3) / 14; Pesanggaran: 100 * (6 + 4) * h57 / 13
    assertClose(new Value(4 * h1 + 2 * h3, 14.0, 100 * (4 * h1 + 2 * h3) / 14, 4, true),
        marts.value("POVERTY_P1", SARONGAN, "2024"));
    assertClose(new Value(10 * h57, 13.0, 100 * 10 * h57 / 13, 4, true), marts.value("POVERTY_P1", PESANGGARAN, "2024"));
    // P2: squared gaps
    assertClose(new Value(4 * h1 * h1 + 2 * h3 * h3, 14.0, 100 * (4 * h1 * h1 + 2) / 14, 4, true),
        marts.value("POVERTY_P2", SARONGAN, "2024"));
    assertEquals(100 * 10 * h57 * h57 / 13, marts.value("POVERTY_P2", PESANGGARAN, "2024").value(), EPS);
    // Kecamatan: the pooled sums over 27 persons, which is neither village value's mean
    Value p1 = marts.value("POVERTY_P1", PESANGGARAN_KEC, "2024");
    assertEquals(100 * (4 * h1 + 2 * h3 + 10 * h57) / 27, p1.value(), EPS);
    assertEquals(fgt(WelfareLake.HOUSEHOLDS, 1), p1.value(), EPS);
    assertNotEquals((100 * (4 * h1 + 2) / 14 + 100 * 10 * h57 / 13) / 2, p1.value(), 0.1);
    Value p2 = marts.value("POVERTY_P2", PESANGGARAN_KEC, "2024");
    assertEquals(100 * (4 * h1 * h1 + 2 + 10 * h57 * h57) / 27, p2.value(), EPS);
    assertEquals(fgt(WelfareLake.HOUSEHOLDS, 2), p2.value(), EPS);
    assertNotEquals((100 * (4 * h1 * h1 + 2) / 14 + 100 * 10 * h57 * h57 / 13) / 2, p2.value(), 0.1);
  }

  @Test
  void bansosTargetingErrors() throws SQLException {
    // Exclusion: poor persons in households with neither PKH nor BPNT / poor persons (cell: poor households).
    // Sarongan: H3 (2) of H1 + H3 (6); Pesanggaran: H7 (4) of H5 + H7 (10); kecamatan 6 / 16
    assertEquals(new Value(2.0, 6.0, 100.0 * 2 / 6, 2, true), marts.value("BANSOS_EXCLUSION_ERROR", SARONGAN, "2024"));
    assertEquals(new Value(4.0, 10.0, 40.0, 2, true), marts.value("BANSOS_EXCLUSION_ERROR", PESANGGARAN, "2024"));
    assertEquals(new Value(6.0, 16.0, 37.5, 4, true), marts.value("BANSOS_EXCLUSION_ERROR", PESANGGARAN_KEC, "2024"));
    // Inclusion: non-poor persons receiving PKH or BPNT / persons receiving them (cell: receiving households).
    // Sarongan: H2 (3, at the line: not poor) of H1 + H2 (7); Pesanggaran: H6 (1) of H5 + H6 (7); kecamatan 4 / 14
    assertEquals(new Value(3.0, 7.0, 300.0 / 7, 2, true), marts.value("BANSOS_INCLUSION_ERROR", SARONGAN, "2024"));
    assertEquals(new Value(1.0, 7.0, 100.0 / 7, 2, true), marts.value("BANSOS_INCLUSION_ERROR", PESANGGARAN, "2024"));
    assertClose(new Value(4.0, 14.0, 400.0 / 14, 4, true), marts.value("BANSOS_INCLUSION_ERROR", PESANGGARAN_KEC, "2024"));
  }

  @Test
  void householdServiceIndicatorsArePersonWeighted() throws SQLException {
    // JKN: members_jkn / members. Sarongan 4 + 0 + 2 + 5 = 11 of 14; Pesanggaran 3 + 1 + 4 + 2 = 10 of 13
    assertEquals(new Value(11.0, 14.0, 1100.0 / 14, 4, true), marts.value("JKN_COVERAGE", SARONGAN, "2024"));
    assertEquals(new Value(10.0, 13.0, 1000.0 / 13, 4, true), marts.value("JKN_COVERAGE", PESANGGARAN, "2024"));
    assertEquals(new Value(21.0, 27.0, 2100.0 / 27, 8, false), marts.value("JKN_COVERAGE", PESANGGARAN_KEC, "2024"));
    // Water: PIPED H1 (4), BOTTLED H4 (5) improved; UNPROTECTED_WELL H2 and SURFACE H3 not -> 9 of 14.
    // Pesanggaran: PROTECTED_WELL H5 (6), SPRING H6 (1), PIPED H8 (2); UNPROTECTED_WELL H7 not -> 9 of 13
    assertEquals(new Value(9.0, 14.0, 900.0 / 14, 4, true), marts.value("SAFE_WATER_ACCESS", SARONGAN, "2024"));
    assertEquals(new Value(9.0, 13.0, 900.0 / 13, 4, true), marts.value("SAFE_WATER_ACCESS", PESANGGARAN, "2024"));
    assertEquals(new Value(18.0, 27.0, 1800.0 / 27, 8, false), marts.value("SAFE_WATER_ACCESS", PESANGGARAN_KEC, "2024"));
    // Sanitation OWN only: H1 + H4 = 9 of 14 (SHARED H2, NONE H3 are not); H5 + H6 = 7 of 13
    assertEquals(new Value(9.0, 14.0, 900.0 / 14, 4, true), marts.value("SANITATION_ACCESS", SARONGAN, "2024"));
    assertEquals(new Value(7.0, 13.0, 700.0 / 13, 4, true), marts.value("SANITATION_ACCESS", PESANGGARAN, "2024"));
    assertEquals(new Value(16.0, 27.0, 1600.0 / 27, 8, false), marts.value("SANITATION_ACCESS", PESANGGARAN_KEC, "2024"));
    // Electricity anything but NONE: Sarongan all but H3 = 12 of 14 (NON_PLN H4 counts); Pesanggaran all but H5 = 7 of 13
    assertEquals(new Value(12.0, 14.0, 1200.0 / 14, 4, true), marts.value("ELECTRICITY_ACCESS", SARONGAN, "2024"));
    assertEquals(new Value(7.0, 13.0, 700.0 / 13, 4, true), marts.value("ELECTRICITY_ACCESS", PESANGGARAN, "2024"));
    assertEquals(new Value(19.0, 27.0, 1900.0 / 27, 8, false), marts.value("ELECTRICITY_ACCESS", PESANGGARAN_KEC, "2024"));
    // Employment: employed / working age. Sarongan 1 + 2 + 0 + 3 = 6 of 2 + 2 + 1 + 3 = 8;
    // Pesanggaran 2 + 1 + 1 + 2 = 6 of 4 + 1 + 2 + 2 = 9; kecamatan 12 / 17 (cell: 17 persons of working age)
    assertEquals(new Value(6.0, 8.0, 75.0, 8, false), marts.value("EMPLOYMENT_RATIO", SARONGAN, "2024"));
    assertEquals(new Value(6.0, 9.0, 600.0 / 9, 9, false), marts.value("EMPLOYMENT_RATIO", PESANGGARAN, "2024"));
    assertEquals(new Value(12.0, 17.0, 1200.0 / 17, 17, false), marts.value("EMPLOYMENT_RATIO", PESANGGARAN_KEC, "2024"));
  }

  @Test
  void aSurveyYearWithoutAPovertyLineHasNoPovertyValues() throws SQLException {
    // 2025 has no shipped line: no P0/P1/P2 and no bansos errors (both need "poor"); the rest is there
    assertEquals(List.of("ELECTRICITY_ACCESS", "EMPLOYMENT_RATIO", "JKN_COVERAGE", "SAFE_WATER_ACCESS",
        "SANITATION_ACCESS"), marts.strings("""
            SELECT DISTINCT indicator_code FROM mart_indicator_value WHERE period = '2025' ORDER BY 1"""));
    // H9 alone: one household of 3 persons, a small cell, shown as suppressed in the public view
    assertEquals(new Value(3.0, 3.0, 100.0, 1, true), marts.value("JKN_COVERAGE", SARONGAN, "2025"));
    assertEquals(List.of("true|null|null"), marts.strings("""
        SELECT suppressed || '|' || coalesce(cast(value AS VARCHAR), 'null') || '|' || coalesce(cast(cell_count AS VARCHAR), 'null')
        FROM public_indicator_value WHERE indicator_code = 'JKN_COVERAGE' AND area_code = '%s' AND period = '2025'"""
        .formatted(SARONGAN)));
  }

  @Test
  void aPovertyLineOverrideChangesP0AndAddsYears() throws SQLException, IOException {
    // 2024 raised to 600,000 and 2025 added at 200,000
    Path overrides = Files.writeString(dir.resolve("poverty_lines.csv"),
        "year,poverty_line_idr_per_capita_month,source\n2024,600000,test\n2025,200000,test\n");
    Path warehouse = dir.resolve("override/kampung.duckdb");
    WarehouseBuilder.build(lake.toString(), warehouse, PovertyLines.shippedWith(overrides), Progress.NONE);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse, BuiltMarts.readOnly());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("""
            SELECT area_code, period, numerator, denominator FROM mart_indicator_value
            WHERE indicator_code = 'POVERTY_P0' AND area_code IN ('%s', '%s') ORDER BY period, area_code"""
            .formatted(SARONGAN, PESANGGARAN))) {
      List<String> rows = new ArrayList<>();
      while (rs.next()) {
        rows.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getDouble(3) + "|" + rs.getDouble(4));
      }
      // z 600,000 in 2024: Sarongan H1, H2 (y 470,713), H3 poor, H4 (y exactly 600,000) not: 9 of 14;
      // Pesanggaran H5, H6 (500,000), H7, H8 (500,000): all 13. 2025 at 200,000: H9 (y 100,000) poor, 3 of 3
      assertEquals(List.of(SARONGAN + "|2024|9.0|14.0", PESANGGARAN + "|2024|13.0|13.0", SARONGAN + "|2025|3.0|3.0"), rows);
    }
  }

  // ---- economy -------------------------------------------------------------------------------

  @Test
  void activeEnterprisesAtTheYearEnd() throws SQLException {
    // Sarongan 2022: E4; 2023: E1, E2 (E4 closed in May); 2024: E1 and E3 (registered 31 Dec),
    // not E2 (closed 31 Dec: closed by then). A count has no small-cell rule.
    assertEquals(new Value(1.0, null, 1.0, 1, false), marts.value("MSME_ACTIVE", SARONGAN, "2022"));
    assertEquals(2.0, marts.value("MSME_ACTIVE", SARONGAN, "2023").value());
    assertEquals(new Value(2.0, null, 2.0, 2, false), marts.value("MSME_ACTIVE", SARONGAN, "2024"));
    assertEquals(1.0, marts.value("MSME_ACTIVE", PESANGGARAN, "2024").value());
    assertEquals(3.0, marts.value("MSME_ACTIVE", PESANGGARAN_KEC, "2024").value());
    assertEquals(3.0, marts.value("MSME_ACTIVE", REGENCY, "2024").value());
    // a village without enterprises has a count of 0, not a missing value
    assertEquals(0.0, marts.value("MSME_ACTIVE", SUKOREJO, "2024").value());
    assertEquals(0.0, marts.value("MSME_ACTIVE", PESANGGARAN, "2023").value());
    assertEquals(List.of("2022", "2023", "2024"), marts.strings(
        "SELECT DISTINCT period FROM mart_indicator_value WHERE indicator_code = 'MSME_ACTIVE' ORDER BY 1"));
  }

  @Test
  void enterprisesPerThousandUseTheLatestPopulationNotAfterTheYearEnd() throws SQLException {
    // Sarongan 2024: 2 active / 800 residents of 31 Dec 2024 (not 1000 of 30 June, not 5000 of 2025): 2.5
    assertEquals(new Value(2.0, 800.0, 2.5, 800, false), marts.value("MSME_PER_1000", SARONGAN, "2024"));
    // Pesanggaran 2024: 1 / 200 -> 5; kecamatan: 3 / (800 + 200) -> 3
    assertEquals(new Value(1.0, 200.0, 5.0, 200, false), marts.value("MSME_PER_1000", PESANGGARAN, "2024"));
    assertEquals(new Value(3.0, 1000.0, 3.0, 1000, false), marts.value("MSME_PER_1000", PESANGGARAN_KEC, "2024"));
    // 2023: no population date on or before 31 Dec 2023, so no value at all
    assertEquals(List.of("0"), marts.strings(
        "SELECT count(*) FROM mart_indicator_value WHERE indicator_code = 'MSME_PER_1000' AND period = '2023'"));
  }

  @Test
  void bumdesRevenueSumsTheMonthsOfEachPeriod() throws SQLException {
    assertEquals(new Value(3e8, null, 3e8, 1, false), marts.value("BUMDES_REVENUE", SARONGAN, "2024-03"));
    // Q1 = Jan 100 + Feb 200 + Mar 300 million; Q2 = Apr 400; Q4 = Dec 1,000; the year 2,000 (5 reports)
    assertEquals(new Value(6e8, null, 6e8, 3, false), marts.value("BUMDES_REVENUE", SARONGAN, "2024-Q1"));
    assertEquals(4e8, marts.value("BUMDES_REVENUE", SARONGAN, "2024-Q2").value());
    assertEquals(1e9, marts.value("BUMDES_REVENUE", SARONGAN, "2024-Q4").value());
    assertEquals(new Value(2e9, null, 2e9, 5, false), marts.value("BUMDES_REVENUE", SARONGAN, "2024"));
    assertEquals(7e6, marts.value("BUMDES_REVENUE", SARONGAN, "2023").value());
    // kecamatan adds Pesanggaran's March 50 million
    assertEquals(3.5e8, marts.value("BUMDES_REVENUE", PESANGGARAN_KEC, "2024-03").value());
    assertEquals(6.5e8, marts.value("BUMDES_REVENUE", PESANGGARAN_KEC, "2024-Q1").value());
    assertEquals(2.05e9, marts.value("BUMDES_REVENUE", REGENCY, "2024").value());
    assertEquals(List.of("MONTH", "QUARTER", "YEAR"), marts.strings(
        "SELECT DISTINCT period_kind FROM mart_indicator_value WHERE indicator_code = 'BUMDES_REVENUE' ORDER BY 1"));
  }

  // ---- development ---------------------------------------------------------------------------

  @Test
  void idmScoreAboveTheVillageIsTheUnweightedMeanOverVillages() throws SQLException {
    assertEquals(new Value(0.7072, 1.0, 0.7072, 1, false), marts.value("IDM_SCORE", SARONGAN, "2024"));
    assertEquals(0.8, marts.value("IDM_SCORE", SUMBERAGUNG, "2024").value(), EPS);
    // three sub-indices of 0.4907 give exactly 0.4907, not 0.4907000000000001
    assertEquals(0.4907, marts.value("IDM_SCORE", KANDANGAN, "2024").value());
    // Pesanggaran: (0.7072 + 0.70721 + 0.8 + 0.4907) / 4 villages = 0.6762775
    Value kecamatan = marts.value("IDM_SCORE", PESANGGARAN_KEC, "2024");
    assertEquals(2.70511, kecamatan.numerator(), EPS);
    assertEquals(4.0, kecamatan.denominator());
    assertEquals(0.6762775, kecamatan.value(), EPS);
    // Regency: the 4 + Sukorejo's 2.47 / 3, over 5 villages
    assertEquals((2.70511 + 2.47 / 3) / 5, marts.value("IDM_SCORE", REGENCY, "2024").value(), EPS);
    assertEquals(0.5, marts.value("IDM_SCORE", REGENCY, "2023").value(), EPS);
  }

  @Test
  void idmStatusBandsAtTheThresholds() throws SQLException {
    // lower bounds are exclusive: 0.7072 is still BERKEMBANG, 0.70721 MAJU, 0.4907 SANGAT_TERTINGGAL
    assertEquals(List.of(SARONGAN + "|BERKEMBANG|null|null", PESANGGARAN + "|MAJU|null|null",
            SUMBERAGUNG + "|MAJU|null|null", KANDANGAN + "|SANGAT_TERTINGGAL|null|null", SUKOREJO + "|MANDIRI|null|null"),
        marts.strings("""
            SELECT area_code || '|' || category || '|' || coalesce(cast(value AS VARCHAR), 'null')
              || '|' || coalesce(cast(numerator AS VARCHAR), 'null')
            FROM mart_indicator_value WHERE indicator_code = 'IDM_STATUS' AND area_level = 'VILLAGE' AND period = '2024'
            ORDER BY CASE area_code WHEN '%s' THEN 1 WHEN '%s' THEN 2 WHEN '%s' THEN 3 WHEN '%s' THEN 4 ELSE 5 END"""
            .formatted(SARONGAN, PESANGGARAN, SUMBERAGUNG, KANDANGAN)));
    assertEquals(List.of("TERTINGGAL"), marts.strings("""
        SELECT category FROM mart_indicator_value
        WHERE indicator_code = 'IDM_STATUS' AND area_code = '%s' AND period = '2023'""".formatted(SARONGAN)));
  }

  @Test
  void idmStatusAboveTheVillageCountsVillagesInEveryBand() throws SQLException {
    // all five bands per area and year, zeros included, lowest band first
    assertEquals(List.of("SANGAT_TERTINGGAL 1", "TERTINGGAL 0", "BERKEMBANG 1", "MAJU 2", "MANDIRI 0"),
        bands(PESANGGARAN_KEC, "2024"));
    assertEquals(List.of("SANGAT_TERTINGGAL 0", "TERTINGGAL 0", "BERKEMBANG 0", "MAJU 0", "MANDIRI 1"),
        bands(BANGOREJO_KEC, "2024"));
    assertEquals(List.of("SANGAT_TERTINGGAL 1", "TERTINGGAL 0", "BERKEMBANG 1", "MAJU 2", "MANDIRI 1"),
        bands(REGENCY, "2024"));
    assertEquals(List.of("SANGAT_TERTINGGAL 0", "TERTINGGAL 1", "BERKEMBANG 0", "MAJU 0", "MANDIRI 0"),
        bands(REGENCY, "2023"));
    // a band count is never suppressed (the catalog gives IDM no small-cell unit)
    assertEquals(List.of("0"), marts.strings(
        "SELECT count(*) FROM mart_indicator_value WHERE indicator_code LIKE 'IDM%' AND suppressed"));
  }

  // ---- Indeks Desa (from 2024) ---------------------------------------------------------------

  @Test
  void indeksDesaScoreAboveTheVillageIsTheUnweightedMeanOverVillages() throws SQLException {
    assertEquals(new Value(72.5, 1.0, 72.5, 1, false), marts.value("INDEKS_DESA_SCORE", SARONGAN, "2024"));
    // Pesanggaran: (72.50 + 81.25 + 64.00 + 58.40) / 4 = 276.15 / 4
    assertClose(new Value(276.15, 4.0, 69.0375, 4, false), marts.value("INDEKS_DESA_SCORE", PESANGGARAN_KEC, "2024"));
    // the regency: (276.15 + 90.10) / 5 = 73.25
    assertClose(new Value(366.25, 5.0, 73.25, 5, false), marts.value("INDEKS_DESA_SCORE", REGENCY, "2024"));
  }

  @Test
  void indeksDesaDimensionsAreMeanDimensionScores() throws SQLException {
    // layanan_dasar in Pesanggaran: (70 + 85 + 60 + 55) / 4 = 67.5; regency (270 + 92) / 5 = 72.4
    assertEquals(new Value(270.0, 4.0, 67.5, 4, false),
        marts.breakdown("INDEKS_DESA_SCORE", PESANGGARAN_KEC, "2024", "dimension", "layanan_dasar"));
    assertClose(new Value(362.0, 5.0, 72.4, 5, false),
        marts.breakdown("INDEKS_DESA_SCORE", REGENCY, "2024", "dimension", "layanan_dasar"));
    // tata_kelola of Sukorejo alone: 91
    assertEquals(91.0, marts.breakdown("INDEKS_DESA_SCORE", SUKOREJO, "2024", "dimension", "tata_kelola").value());
    assertEquals(List.of("6"), marts.strings("""
        SELECT count(DISTINCT member) FROM mart_indicator_cell
        WHERE indicator_code = 'INDEKS_DESA_SCORE' AND breakdown = 'dimension'"""));
  }

  @Test
  void indeksDesaStatusIsAsPublishedAndCountedPerStatusAboveTheVillage() throws SQLException {
    assertEquals(List.of("MANDIRI 1", "MAJU 1", "BERKEMBANG 1", "TERTINGGAL 1", "SANGAT_TERTINGGAL 0"),
        statuses(PESANGGARAN_KEC));
    assertEquals(List.of("MANDIRI 2", "MAJU 1", "BERKEMBANG 1", "TERTINGGAL 1", "SANGAT_TERTINGGAL 0"),
        statuses(REGENCY));
    assertEquals(List.of("TERTINGGAL|null"), marts.strings("""
        SELECT category || '|' || coalesce(cast(value AS VARCHAR), 'null') FROM mart_indicator_value
        WHERE indicator_code = 'INDEKS_DESA_STATUS' AND area_code = '%s'""".formatted(KANDANGAN)));
  }

  @Test
  void desaMandiriShareIsTheShareOfVillagesWithAResult() throws SQLException {
    assertEquals(new Value(1.0, 4.0, 25.0, 4, false), marts.value("DESA_MANDIRI_SHARE", PESANGGARAN_KEC, "2024"));
    assertEquals(new Value(2.0, 5.0, 40.0, 5, false), marts.value("DESA_MANDIRI_SHARE", REGENCY, "2024"));
    assertEquals(new Value(0.0, 1.0, 0.0, 1, false), marts.value("DESA_MANDIRI_SHARE", SARONGAN, "2024"));
  }

  @Test
  void theTwoFrameworksAreNeverOneSeries() throws SQLException {
    // 2024 has both an IDM and an Indeks Desa result in Sarongan: each under its own indicator
    assertEquals(List.of("IDM_SCORE", "INDEKS_DESA_SCORE"), marts.strings("""
        SELECT indicator_code FROM mart_indicator_value
        WHERE indicator_code LIKE '%%SCORE' AND area_code = '%s' AND period = '2024' ORDER BY 1""".formatted(SARONGAN)));
  }

  @Test
  void categoryIsNullForEveryNonCategoricalIndicator() throws SQLException {
    assertEquals(List.of("IDM_STATUS", "INDEKS_DESA_STATUS"), marts.strings(
        "SELECT DISTINCT indicator_code FROM public_indicator_value WHERE category IS NOT NULL ORDER BY 1"));
    assertEquals(List.of("0"), marts.strings(
        "SELECT count(*) FROM mart_indicator_value WHERE indicator_code = 'IDM_STATUS' AND category IS NULL"));
  }

  @Test
  void everyValueIsInACatalogPeriodKindOnce() throws SQLException {
    assertEquals(List.of(), marts.strings("""
        SELECT DISTINCT v.indicator_code || ' ' || v.period_kind FROM mart_indicator_value v
        JOIN dim_indicator i ON i.code = v.indicator_code
        WHERE NOT list_contains(i.periods, v.period_kind)"""));
    assertEquals(List.of(), marts.strings("""
        SELECT indicator_code || ' ' || area_code || ' ' || period FROM mart_indicator_value
        GROUP BY indicator_code, area_code, period, period_kind, category HAVING count(*) > 1"""));
  }

  @Test
  void stagingHoldsNoClearPersonIdsOrBirthDates() throws SQLException {
    assertEquals(List.of(), marts.strings("""
        SELECT table_name || '.' || column_name FROM information_schema.columns
        WHERE column_name IN ('household_id', 'child_id', 'student_id', 'nik', 'birth_date') ORDER BY 1"""));
    assertEquals(List.of("9"), marts.strings("SELECT count(*) FROM stg_households"));
  }

  // ---- helpers -------------------------------------------------------------------------------

  /** FGT index of the pooled 2024 households, straight from the definition, as a second opinion. */
  private static double fgt(List<Household> households, int alpha) {
    Predicate<Household> in2024 = h -> h.year() == 2024;
    double persons = 0;
    double sum = 0;
    for (Household h : households.stream().filter(in2024).toList()) {
      double y = (double) h.expenditure() / h.members();
      persons += h.members();
      if (y < Z_2024) {
        sum += h.members() * Math.pow((Z_2024 - y) / Z_2024, alpha);
      }
    }
    return 100 * sum / persons;
  }

  private static List<String> statuses(String area) throws SQLException {
    return marts.strings("""
        SELECT v.category || ' ' || cast(v.value AS BIGINT) FROM mart_indicator_value v
        JOIN dim_breakdown_member m ON m.breakdown = 'indeks_desa_status' AND m.member = v.category
        WHERE v.indicator_code = 'INDEKS_DESA_STATUS' AND v.area_code = '%s' AND v.period = '2024'
        ORDER BY m.member_order""".formatted(area));
  }

  private static List<String> bands(String area, String period) throws SQLException {
    return marts.strings("""
        SELECT v.category || ' ' || cast(v.value AS BIGINT) FROM mart_indicator_value v
        JOIN dim_idm_status s ON s.status = v.category
        WHERE v.indicator_code = 'IDM_STATUS' AND v.area_code = '%s' AND v.period = '%s' ORDER BY s.rank"""
        .formatted(area, period));
  }

  /** Like assertEquals, with a tolerance on numerator and value (sums of doubles need not round alike). */
  private static void assertClose(Value expected, Value actual) {
    assertEquals(expected.numerator(), actual.numerator(), EPS);
    assertEquals(expected.value(), actual.value(), EPS);
    assertEquals(expected, new Value(expected.numerator(), actual.denominator(), expected.value(),
        actual.cellCount(), actual.suppressed()));
  }

}
