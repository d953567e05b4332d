package id.banyuwangi.kampung.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.kampung.domain.period.PeriodKind;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndicatorValuesTest {
  @TempDir static Path dir;
  static Connection connection;
  static IndicatorValues values;

  @BeforeAll
  static void warehouse() throws Exception {
    Path file = dir.resolve("warehouse.duckdb");
    List<TestWarehouse.Row> rows = new ArrayList<>(SampleValues.rows());
    rows.add(TestWarehouse.row("POVERTY_P0", "3510", "2024", 120, 1000, 12.0));
    // IDM_STATUS: bands of the regency (a count of villages each), and one village's own band
    for (String[] band : new String[][] {{"TERTINGGAL", "3"}, {"MANDIRI", "2"}, {"MAJU", "7"}}) {
      double villages = Double.parseDouble(band[1]);
      rows.add(new TestWarehouse.Row("IDM_STATUS", "3510", "2024", villages, null, villages, (long) villages, band[0]));
    }
    rows.add(new TestWarehouse.Row("IDM_STATUS", "3510012001", "2024", null, null, null, 1, "MAJU"));
    TestWarehouse.create(file, "b1", rows);
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    connection = DriverManager.getConnection("jdbc:duckdb:" + file, readOnly);
    values = new IndicatorValues(connection);
  }

  @AfterAll
  static void close() throws Exception {
    connection.close();
  }

  @Test
  void oneAreaOnePeriod() {
    List<IndicatorValue> rows = values.forArea("SELF_SERVICE_SHARE", "3510", "2024");
    assertEquals(List.of(new IndicatorValue("SELF_SERVICE_SHARE", "3510", "Kabupaten Banyuwangi", "REGENCY",
        "2024", "YEAR", 41.27, 50950.0, 123456.0, false)), rows);
  }

  @Test
  void allPeriodsInCalendarOrderContainerFirst() {
    List<String> periods = values.forArea("SELF_SERVICE_SHARE", "3510", null).stream()
        .map(IndicatorValue::period).toList();
    assertEquals("2023", periods.get(0));
    assertEquals("2024", periods.get(1));
    assertEquals("2024-01", periods.get(2));
    assertEquals("2024-12", periods.get(periods.size() - 1));
    assertEquals(14, periods.size());
  }

  @Test
  void childrenOrderedByCodeWithSuppressedNulls() {
    List<IndicatorValue> rows = values.forChildren("REJECTION_RATE", "3510", "2024");
    assertEquals(25, rows.size());
    assertEquals(SampleValues.DISTRICTS.stream().map(a -> a.code()).sorted().toList(),
        rows.stream().map(IndicatorValue::areaCode).toList());
    IndicatorValue hidden = rows.stream()
        .filter(r -> r.areaCode().equals(SampleValues.SUPPRESSED_DISTRICT.code())).findFirst().orElseThrow();
    assertTrue(hidden.suppressed());
    assertNull(hidden.value());
    assertNull(hidden.numerator());
    assertNull(hidden.denominator());
  }

  @Test
  void trendOfMonths() {
    List<IndicatorValue> rows = values.trend("SERVICE_REQUESTS", "3510", PeriodKind.MONTH);
    assertEquals(12, rows.size());
    assertEquals(10100.0, rows.get(0).value());
    assertEquals("2024-12", rows.get(11).period());
  }

  @Test
  void categoriesComeBestBandFirstAndAVillageHasItsBand() {
    List<IndicatorValue> bands = values.forArea("IDM_STATUS", "3510", "2024", PeriodKind.YEAR);
    assertEquals(List.of("MANDIRI", "MAJU", "TERTINGGAL"), bands.stream().map(IndicatorValue::category).toList());
    assertEquals(List.of(2.0, 7.0, 3.0), bands.stream().map(IndicatorValue::value).toList());
    IndicatorValue village = values.forArea("IDM_STATUS", "3510012001", "2024").get(0);
    assertEquals("MAJU", village.category());
    assertNull(village.value());
    assertNull(values.forArea("SERVICE_REQUESTS", "3510", "2024").get(0).category());
  }

  @Test
  void aPeriodKindSelectsOnlyThatKind() {
    assertEquals(1, values.forArea("POVERTY_P0", "3510", "2024", PeriodKind.SURVEY_YEAR).size());
    assertEquals(List.of(), values.forArea("POVERTY_P0", "3510", "2024", PeriodKind.YEAR));
    assertEquals(25, values.forChildren("SERVICE_REQUESTS", "3510", "2024", PeriodKind.YEAR).size());
  }

  @Test
  void hostileInputIsOnlyAValue() {
    assertEquals(List.of(), values.forArea("SELF_SERVICE_SHARE", "3510' OR 1=1 --", null));
    assertEquals(List.of(), values.forChildren("SELF_SERVICE_SHARE", "3510') OR ('1'='1", "2024"));
  }

  @Test
  void periodsWithValuesOnly() {
    List<String> periods = values.periodsWithValues(List.of("SERVICE_REQUESTS")).stream()
        .map(AvailablePeriod::period).toList();
    assertEquals(14, periods.size());
    assertEquals(List.of("2023", "2024", "2024-01"), periods.subList(0, 3));
    assertEquals(List.of(new AvailablePeriod("2024", "SURVEY_YEAR", LocalDate.of(2024, 1, 1),
        LocalDate.of(2024, 12, 31))), values.periodsWithValues(List.of("POVERTY_P0")));
    assertEquals(List.of(), values.periodsWithValues(List.of("STUNTING_PREVALENCE")));
  }

  @Test
  void aSurveyYearBesideTheCalendarYearIsNotCountedTwice() {
    assertEquals(1, values.forArea("POVERTY_P0", "3510", "2024").size());
    assertEquals("SURVEY_YEAR", values.forArea("POVERTY_P0", "3510", "2024").get(0).periodKind());
    assertEquals(1, values.forArea("SERVICE_REQUESTS", "3510", "2024").size());
  }
}
