package id.banyuwangi.kampung.warehouse;

import id.banyuwangi.kampung.warehouse.internal.project.Model;
import id.banyuwangi.kampung.warehouse.internal.project.Project;
import id.banyuwangi.kampung.warehouse.internal.seed.ChildGrowthFacts;
import id.banyuwangi.kampung.warehouse.internal.seed.JavaModels;
import id.banyuwangi.kampung.warehouse.BuiltMarts.Value;

import static id.banyuwangi.kampung.warehouse.HealthEducationLake.PESANGGARAN;
import static id.banyuwangi.kampung.warehouse.HealthEducationLake.SARONGAN;
import static id.banyuwangi.kampung.warehouse.HealthEducationLake.SUKOREJO;
import static id.banyuwangi.kampung.warehouse.HealthEducationLake.SUMBERAGUNG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.kampung.domain.growth.GrowthZScores;
import id.banyuwangi.kampung.domain.growth.Measurement;
import id.banyuwangi.kampung.domain.growth.Position;
import id.banyuwangi.kampung.domain.growth.Sex;
import id.banyuwangi.kampung.domain.growth.WhoGrowthStandards;
import id.banyuwangi.kampung.domain.progress.Progress;
import id.banyuwangi.kampung.warehouse.HealthEducationLake.Child;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * fact_child_growth, the HEALTH growth indicators and the EDUCATION indicators over
 * {@link HealthEducationLake}, worked out by hand. Sarongan, Pesanggaran and Sumberagung are in
 * kecamatan 351001; Sukorejo in 351002.
 */
class HealthEducationMartsTest {
  private static final double EPS = 1e-9;
  private static final String PESANGGARAN_KEC = "351001";
  private static final String REGENCY = "3510";

  @TempDir static Path dir;
  static BuiltMarts marts;

  @BeforeAll
  static void build() throws SQLException {
    Path lake = HealthEducationLake.write(dir.resolve("lake"));
    Path warehouse = dir.resolve("out/kampung.duckdb");
    marts = BuiltMarts.build(lake, warehouse);
  }

  @AfterAll
  static void close() throws SQLException {
    marts.close();
  }

  // ---- fact_child_growth ----

  @Test
  void factZScoresAreTheDomainStandardsOfEachRow() throws SQLException {
    WhoGrowthStandards who = WhoGrowthStandards.load();
    List<String> expected = new ArrayList<>();
    for (Child c : HealthEducationLake.MEASUREMENTS.stream().sorted(Comparator.comparing(Child::id)).toList()) {
      GrowthZScores z = who.zScores(new Measurement(c.sex().equals("L") ? Sex.MALE : Sex.FEMALE, c.ageDays(),
          c.weightKg() == null ? Double.NaN : c.weightKg(), c.heightCm() == null ? Double.NaN : c.heightCm(),
          Position.fromCode(c.position())));
      expected.add(String.join("|", c.id(), c.child(), c.village(), c.sex(), c.measuredOn(),
          Integer.toString(c.ageDays()),
          Double.isNaN(z.adjustedLengthCm()) ? "null" : Double.toString(z.adjustedLengthCm()),
          String.valueOf(z.haz()), String.valueOf(z.waz()), String.valueOf(z.whz()),
          z.haz() == null ? "null" : Boolean.toString(z.hazFlag()),
          z.waz() == null ? "null" : Boolean.toString(z.wazFlag()),
          z.whz() == null ? "null" : Boolean.toString(z.whzFlag())));
    }
    // in measurement_id order, one row per measurement
    assertEquals(expected, marts.strings("""
        SELECT concat_ws('|', measurement_id, child_key, village_code, sex, measured_on, age_days,
          coalesce(adjusted_length_cm::VARCHAR, 'null'), coalesce(haz::VARCHAR, 'null'),
          coalesce(waz::VARCHAR, 'null'), coalesce(whz::VARCHAR, 'null'), coalesce(haz_flag::VARCHAR, 'null'),
          coalesce(waz_flag::VARCHAR, 'null'), coalesce(whz_flag::VARCHAR, 'null'))
        FROM fact_child_growth ORDER BY rowid"""));
  }

  @Test
  void factMatchesWhoPublishedTestVectors() throws SQLException {
    // test_vectors_anthro_unit.csv case 2: girl, 1522 days, 17 kg -> WAZ 0.24, not flagged; no length: HAZ, WHZ NULL
    assertEquals(List.of("0.24|false|null|null"), marts.strings("""
        SELECT waz || '|' || waz_flag || '|' || coalesce(haz::VARCHAR, 'null') || '|' || coalesce(whz::VARCHAR, 'null')
        FROM fact_child_growth WHERE measurement_id = 'M12'"""));
    // case 3: boy, 987 days, lying 72.86 cm -> adjusted to a height of 72.16 cm, HAZ -6.09, flagged (|HAZ| > 6)
    assertEquals(List.of("72.16|-6.09|true"), marts.strings(
        "SELECT round(adjusted_length_cm, 2) || '|' || haz || '|' || haz_flag FROM fact_child_growth WHERE measurement_id = 'M13'"));
    // the hand shapes of HealthEducationLake: S stunted, F flagged, W below -2 on all three
    assertEquals(List.of("M01|-4.52|false", "M02|-15.27|true", "M09|-3.95|false"), marts.strings(
        "SELECT measurement_id || '|' || haz || '|' || haz_flag FROM fact_child_growth"
            + " WHERE measurement_id IN ('M01', 'M02', 'M09') ORDER BY 1"));
    assertEquals(List.of("-4.2|-2.24"), marts.strings(
        "SELECT waz || '|' || whz FROM fact_child_growth WHERE measurement_id = 'M09'"));
  }

  @Test
  void theJavaModelRunsInModelOrder() {
    Project project = Project.load(JavaModels.all());
    List<String> names = project.models().stream().map(Model::name).toList();
    int java = names.indexOf("fact_child_growth");
    assertTrue(java > names.indexOf("stg_child_measurements"));
    assertTrue(java < names.indexOf("int_child_growth_measures"));
    assertTrue(names.indexOf("int_child_growth_measures") < names.indexOf("mart_indicator_cell"));
    assertTrue(names.indexOf("int_enrolment_measures") < names.indexOf("mart_indicator_cell"));
    assertTrue(names.indexOf("dim_period") < names.indexOf("int_child_growth_measures"));
    assertTrue(project.models().get(java).java() instanceof ChildGrowthFacts);
  }

  // ---- prevalence ----

  @Test
  void stuntingCountsEachChildOnceAtItsLatestMeasurement() throws SQLException {
    // Sarongan July: C1 (M01, HAZ -4.52), C2 (twice in July, counted once), C3, C7; C6's latest July
    // measurement is in Pesanggaran -> 1 stunted of 4 children; 4 < 5: suppressed
    assertEquals(new Value(1.0, 4.0, 25.0, 4, true), marts.value("STUNTING_PREVALENCE", SARONGAN, "2024-07"));
    // Pesanggaran July: C6 normal, C4 (-3.95), C5 whose same-day M10a (normal) and M10b (-4.52): the
    // higher id M10b counts -> 2 of 3
    assertEquals(200.0 / 3, marts.value("STUNTING_PREVALENCE", PESANGGARAN, "2024-07").value(), EPS);
    assertEquals(3.0, marts.value("STUNTING_PREVALENCE", PESANGGARAN, "2024-07").denominator());
  }

  @Test
  void aFlaggedLatestMeasurementFallsBackToTheLatestValidOne() throws SQLException {
    // C1's latest Q3 measurement is M02 (HAZ -15.27, flagged): its HAZ comes from M01 (-4.52) ->
    // Sarongan Q3 1 of 4 (dropping C1 instead would give 0 of 3)
    assertEquals(new Value(1.0, 4.0, 25.0, 4, true), marts.value("STUNTING_PREVALENCE", SARONGAN, "2024-Q3"));
    // August holds only M02: no valid HAZ, so no stunting value; its WAZ (-0.42) is valid -> 0 of 1
    assertEquals(List.of(), marts.strings("SELECT value FROM mart_indicator_value WHERE indicator_code = 'STUNTING_PREVALENCE'"
        + " AND area_code = '" + SARONGAN + "' AND period = '2024-08'"));
    assertEquals(new Value(0.0, 1.0, 0.0, 1, true), marts.value("UNDERWEIGHT_PREVALENCE", SARONGAN, "2024-08"));
    // each index on its own latest valid measurement: M02's WHZ is NULL (40 cm) -> C1's WHZ is M01's +3.12
    assertEquals(new Value(0.0, 4.0, 0.0, 4, true), marts.value("WASTING_PREVALENCE", SARONGAN, "2024-Q3"));
    // Pesanggaran Q3: only C4 (WHZ -2.24, WAZ -4.20) below -2, of C4, C5, C6
    assertEquals(100.0 / 3, marts.value("WASTING_PREVALENCE", PESANGGARAN, "2024-Q3").value(), EPS);
    assertEquals(100.0 / 3, marts.value("UNDERWEIGHT_PREVALENCE", PESANGGARAN, "2024-Q3").value(), EPS);
    // Sukorejo May: M12 has no length, M13's HAZ is flagged -> no stunting value; WAZ 0.24 and -1.87 -> 0 of 2
    assertEquals(List.of(), marts.strings("SELECT value FROM mart_indicator_value WHERE indicator_code = 'STUNTING_PREVALENCE'"
        + " AND area_code = '" + SUKOREJO + "'"));
    assertEquals(new Value(0.0, 2.0, 0.0, 2, true), marts.value("UNDERWEIGHT_PREVALENCE", SUKOREJO, "2024-05"));
  }

  @Test
  void stuntingAboveTheVillageIsPooledFromTheChildren() throws SQLException {
    // kecamatan 351001 July: (1 + 2) stunted of (4 + 3) children = 42.857; mean of villages would be 45.83
    Value kec = marts.value("STUNTING_PREVALENCE", PESANGGARAN_KEC, "2024-07");
    assertEquals(new Value(3.0, 7.0, kec.value(), 7, false), kec);
    assertEquals(300.0 / 7, kec.value(), EPS);
    assertNotEquals((25.0 + 200.0 / 3) / 2, kec.value(), 0.1);
    // regency 2024: Sarongan C1 (M01), C2, C3, C7, C8 and Pesanggaran C4, C5, C6 have a valid HAZ -> 3 of 8
    assertEquals(new Value(3.0, 8.0, 37.5, 8, false), marts.value("STUNTING_PREVALENCE", REGENCY, "2024"));
    // underweight kecamatan Q3: C4 alone of 7
    assertEquals(new Value(1.0, 7.0, 100.0 / 7, 7, false), marts.value("UNDERWEIGHT_PREVALENCE", PESANGGARAN_KEC, "2024-Q3"));
  }

  // ---- posyandu coverage ----

  @Test
  void coverageUsesTheLatestPopulationNotAfterThePeriodEnd() throws SQLException {
    // Sarongan Q3 (ends 30 Sep): population of 30 June (0-4: 20); C1, C2, C3, C7 measured -> 4 / 20
    assertEquals(new Value(4.0, 20.0, 20.0, 20, false), marts.value("POSYANDU_COVERAGE", SARONGAN, "2024-Q3"));
    // August: C1 alone (its flagged measurement still counts as weighed) -> 1 / 20
    assertEquals(new Value(1.0, 20.0, 5.0, 20, false), marts.value("POSYANDU_COVERAGE", SARONGAN, "2024-08"));
    // year 2024 (ends 31 Dec): population of 31 December (0-4: 40); C1, C2, C3, C7, C8 -> 5 / 40
    assertEquals(new Value(5.0, 40.0, 12.5, 40, false), marts.value("POSYANDU_COVERAGE", SARONGAN, "2024"));
    // March / Q1: no population date on or before 31 March -> no value
    assertEquals(List.of(), marts.strings("SELECT period FROM mart_indicator_value WHERE indicator_code = 'POSYANDU_COVERAGE'"
        + " AND area_code = '" + SARONGAN + "' AND period IN ('2024-03', '2024-Q1')"));
    // Sumberagung: 5 under-fives, none weighed -> 0
    assertEquals(new Value(0.0, 5.0, 0.0, 5, false), marts.value("POSYANDU_COVERAGE", SUMBERAGUNG, "2024-Q3"));
    // Pesanggaran has no population date before 2025: no value, and left out above the village:
    // kecamatan Q3 = (4 + 0) / (20 + 5) = 16 (C4, C5, C6 of Pesanggaran are not counted)
    assertEquals(List.of(), marts.strings("SELECT period FROM mart_indicator_value WHERE indicator_code = 'POSYANDU_COVERAGE'"
        + " AND area_code = '" + PESANGGARAN + "'"));
    assertEquals(new Value(4.0, 25.0, 16.0, 25, false), marts.value("POSYANDU_COVERAGE", PESANGGARAN_KEC, "2024-Q3"));
    // regency 2024: Sarongan 5 / 40 (31 Dec) + Sumberagung 0 / 5 (30 June) = 5 / 45
    assertEquals(new Value(5.0, 45.0, 500.0 / 45, 45, false), marts.value("POSYANDU_COVERAGE", REGENCY, "2024"));
  }

  // ---- education ----

  @Test
  void netEnrolmentCountsAgesOnFirstJuly() throws SQLException {
    // Sarongan 2024/2025 SD: S1 (born 1 July 2017: 7 on 1 July 2024) and S3 (12) of residents 7-12 = 20;
    // S2 (born 2 July 2017: still 6) and S4 (13) are outside the age group; S5 dropped out
    assertEquals(new Value(2.0, 20.0, 10.0, 20, false), marts.value("APM_SD", SARONGAN, "2024/2025"));
    // APK: every ACTIVE SD student, S1, S2, S3, S4, of the same residents
    assertEquals(new Value(4.0, 20.0, 20.0, 20, false), marts.value("APK_SD", SARONGAN, "2024/2025"));
    // SMP: S6 (14) of residents 13-15 = 10 (S7 graduated); SMA: S9 (born 2 July 2006: 17) of 16-18 = 8
    assertEquals(new Value(1.0, 10.0, 10.0, 10, false), marts.value("APM_SMP", SARONGAN, "2024/2025"));
    assertEquals(new Value(1.0, 10.0, 10.0, 10, false), marts.value("APK_SMP", SARONGAN, "2024/2025"));
    assertEquals(new Value(1.0, 8.0, 12.5, 8, false), marts.value("APM_SMA", SARONGAN, "2024/2025"));
    assertEquals(new Value(1.0, 8.0, 12.5, 8, false), marts.value("APK_SMA", SARONGAN, "2024/2025"));
  }

  @Test
  void enrolmentNeedsPopulationOnThirtiethJune() throws SQLException {
    // Pesanggaran's population is of 2025-06-30, not 2024-06-30: no APM/APK; the kecamatan leaves its
    // ACTIVE S10 out too: (2 + 0) / (20 + 0) with Sumberagung (no residents aged 7-12)
    assertEquals(List.of(), marts.strings("SELECT indicator_code FROM mart_indicator_value WHERE area_code = '" + PESANGGARAN
        + "' AND (indicator_code LIKE 'APM%' OR indicator_code LIKE 'APK%')"));
    assertEquals(new Value(2.0, 20.0, 10.0, 20, false), marts.value("APM_SD", PESANGGARAN_KEC, "2024/2025"));
    // 2023/2024: no population at 2023-06-30 at all
    assertEquals(List.of("DROPOUT_RATE"), marts.strings(
        "SELECT DISTINCT indicator_code FROM mart_indicator_value WHERE period = '2023/2024'"));
  }

  @Test
  void dropoutRateCountsEveryStudentListed() throws SQLException {
    // Sarongan 2024/2025: S5, S8 dropped out of S1..S9 listed (any level and status) -> 2 / 9
    Value sarongan = marts.value("DROPOUT_RATE", SARONGAN, "2024/2025");
    assertEquals(new Value(2.0, 9.0, sarongan.value(), 9, false), sarongan);
    assertEquals(200.0 / 9, sarongan.value(), EPS);
    // Pesanggaran S10, S11: 0 / 2; kecamatan 2 / 11
    assertEquals(new Value(0.0, 2.0, 0.0, 2, true), marts.value("DROPOUT_RATE", PESANGGARAN, "2024/2025"));
    assertEquals(200.0 / 11, marts.value("DROPOUT_RATE", PESANGGARAN_KEC, "2024/2025").value(), EPS);
    assertEquals(new Value(1.0, 1.0, 100.0, 1, true), marts.value("DROPOUT_RATE", SARONGAN, "2023/2024"));
  }

  // ---- breakdowns ----

  @Test
  void prevalenceBySexCountsEachChildUnderItsSex() throws SQLException {
    // kecamatan 351001 July: boys C1 (stunted), C3, C6, C4 (stunted), C5 (stunted) -> 3 of 5;
    // girls C2, C7 -> 0 of 2, a small cell
    assertEquals(new Value(3.0, 5.0, 60.0, 5, false),
        marts.breakdown("STUNTING_PREVALENCE", PESANGGARAN_KEC, "2024-07", "sex", "L"));
    assertEquals(new Value(0.0, 2.0, 0.0, 2, true),
        marts.breakdown("STUNTING_PREVALENCE", PESANGGARAN_KEC, "2024-07", "sex", "P"));
    // coverage's denominator is residents, not children: no breakdown
    assertEquals(List.of(), marts.strings(
        "SELECT member FROM mart_indicator_cell WHERE indicator_code = 'POSYANDU_COVERAGE' AND breakdown <> 'total'"));
  }

  @Test
  void enrolmentBySexDividesStudentsByResidentsOfTheSameSex() throws SQLException {
    // Sarongan 2024/2025, residents 7-12: boys 10 (age 7), girls 10 (age 12). APM SD: boy S1 (7), girl S3 (12)
    assertEquals(new Value(1.0, 10.0, 10.0, 10, false), marts.breakdown("APM_SD", SARONGAN, "2024/2025", "sex", "L"));
    assertEquals(new Value(1.0, 10.0, 10.0, 10, false), marts.breakdown("APM_SD", SARONGAN, "2024/2025", "sex", "P"));
    // APK SD: active boys S1, S2, S4 -> 3 / 10; girls S3 -> 1 / 10 (girl S5 dropped out)
    assertEquals(new Value(3.0, 10.0, 30.0, 10, false), marts.breakdown("APK_SD", SARONGAN, "2024/2025", "sex", "L"));
    assertEquals(new Value(1.0, 10.0, 10.0, 10, false), marts.breakdown("APK_SD", SARONGAN, "2024/2025", "sex", "P"));
    // dropout: girls S3, S5 listed, S5 dropped out -> 1 / 2; boys S8 of 7
    assertEquals(new Value(1.0, 2.0, 50.0, 2, true), marts.breakdown("DROPOUT_RATE", SARONGAN, "2024/2025", "sex", "P"));
    assertEquals(100.0 / 7, marts.breakdown("DROPOUT_RATE", SARONGAN, "2024/2025", "sex", "L").value(), EPS);
  }

  @Test
  void breakdownMembersAddUpToTheirTotals() throws SQLException {
    assertEquals(List.of(), marts.breakdownsNotAddingUp());
    assertNotEquals(List.of("0"), marts.strings("SELECT count(*) FROM mart_indicator_cell WHERE breakdown = 'sex'"));
  }

  @Test
  void dimPeriodIsTheSpineOfTheDataSpan() throws SQLException {
    assertEquals(List.of("2023/2024|SCHOOL_YEAR|2023-07-01|2024-06-30", "2024/2025|SCHOOL_YEAR|2024-07-01|2025-06-30"),
        marts.strings("SELECT period || '|' || period_kind || '|' || start_date || '|' || end_date FROM dim_period"
            + " WHERE period_kind = 'SCHOOL_YEAR' ORDER BY 1"));
    // the calendar years the dated records span, whole: every month and quarter, with or without data
    assertEquals(List.of("12"), marts.strings("SELECT count(*) FROM dim_period WHERE period_kind = 'MONTH' AND period LIKE '2024-%'"));
    assertEquals(List.of("2024-Q1|2024-01-01|2024-03-31", "2024-Q2|2024-04-01|2024-06-30", "2024-Q3|2024-07-01|2024-09-30",
            "2024-Q4|2024-10-01|2024-12-31"),
        marts.strings("SELECT period || '|' || start_date || '|' || end_date FROM dim_period WHERE period_kind = 'QUARTER'"
            + " AND period LIKE '2024-%' ORDER BY 1"));
    // the measurements' months are the cells' months: the spine adds no cells
    assertEquals(List.of("2024-03", "2024-05", "2024-07", "2024-08"), marts.strings(
        "SELECT DISTINCT period FROM mart_indicator_value WHERE period_kind = 'MONTH' ORDER BY 1"));
  }

}
