package id.banyuwangi.kampung.read;

import static id.banyuwangi.kampung.warehouse.SampleServiceLake.channel;
import static id.banyuwangi.kampung.warehouse.SampleServiceLake.count;
import static id.banyuwangi.kampung.warehouse.SampleServiceLake.in;
import static id.banyuwangi.kampung.warehouse.SampleServiceLake.inMonth;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.kampung.domain.period.PeriodKind;
import id.banyuwangi.kampung.domain.progress.Progress;
import id.banyuwangi.kampung.warehouse.SampleServiceLake;
import id.banyuwangi.kampung.warehouse.WarehouseBuilder;
import id.banyuwangi.kampung.warehouse.WelfareLake;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public values of a warehouse built by the real models from the sample service and welfare lakes. */
class IndicatorValuesTest {
  @TempDir static Path dir;
  static Connection connection;
  static IndicatorValues values;

  @BeforeAll
  static void warehouse() throws Exception {
    Path lake = SampleServiceLake.write(dir.resolve("lake"));
    WelfareLake.write(lake);
    Path file = dir.resolve("warehouse.duckdb");
    WarehouseBuilder.build(lake.toString(), file, Progress.NONE);
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
    double kiosk = count(2024, channel("KIOSK"));
    double all = count(2024, r -> true);
    List<IndicatorValue> rows = values.forArea("SELF_SERVICE_SHARE", "3510", "2024");
    assertEquals(List.of(new IndicatorValue("SELF_SERVICE_SHARE", "3510", "Kabupaten Banyuwangi", "REGENCY",
        "2024", "YEAR", 100 * kiosk / all, kiosk, all, false)), rows);
  }

  @Test
  void allPeriodsInCalendarOrderContainerFirst() {
    List<String> periods = values.forArea("SELF_SERVICE_SHARE", "3510", null).stream()
        .map(IndicatorValue::period).toList();
    // 2023: the year, Q2, June; 2024: the year, then each quarter before its three months
    assertEquals(List.of("2023", "2023-Q2", "2023-06", "2024", "2024-Q1", "2024-01", "2024-02", "2024-03", "2024-Q2"),
        periods.subList(0, 9));
    assertEquals("2024-12", periods.get(periods.size() - 1));
    assertEquals(3 + 1 + 4 + 12, periods.size());
  }

  @Test
  void childrenOrderedByCodeWithSuppressedNulls() {
    List<IndicatorValue> rows = values.forChildren("REJECTION_RATE", "3510", "2024");
    assertEquals(25, rows.size());
    assertEquals(SampleServiceLake.DISTRICTS.stream().map(a -> a.code()).sorted().toList(),
        rows.stream().map(IndicatorValue::areaCode).toList());
    IndicatorValue hidden = rows.stream()
        .filter(r -> r.areaCode().equals(SampleServiceLake.SUPPRESSED_DISTRICT.code())).findFirst().orElseThrow();
    assertTrue(hidden.suppressed());
    assertNull(hidden.value());
    assertNull(hidden.numerator());
    assertNull(hidden.denominator());
  }

  @Test
  void trendOfMonths() {
    List<IndicatorValue> rows = values.trend("SERVICE_REQUESTS", "3510", PeriodKind.MONTH);
    assertEquals(13, rows.size()); // June 2023 and the twelve months of 2024
    assertEquals("2023-06", rows.get(0).period());
    assertEquals((double) count(2024, inMonth(1)), rows.get(1).value());
    assertEquals("2024-12", rows.get(12).period());
  }

  @Test
  void categoriesComeBestBandFirstAndAVillageHasItsBand() {
    // WelfareLake's 2024 IDM: one MANDIRI (Sukorejo), two MAJU, one BERKEMBANG, one SANGAT_TERTINGGAL
    List<IndicatorValue> bands = values.forArea("IDM_STATUS", "3510", "2024", PeriodKind.YEAR);
    assertEquals(List.of("MANDIRI", "MAJU", "BERKEMBANG", "TERTINGGAL", "SANGAT_TERTINGGAL"),
        bands.stream().map(IndicatorValue::category).toList());
    assertEquals(List.of(1.0, 2.0, 1.0, 0.0, 1.0), bands.stream().map(IndicatorValue::value).toList());
    IndicatorValue village = values.forArea("IDM_STATUS", WelfareLake.SUKOREJO, "2024").get(0);
    assertEquals("MANDIRI", village.category());
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
    assertEquals(20, periods.size());
    assertEquals(List.of("2023", "2023-Q2", "2023-06", "2024"), periods.subList(0, 4));
    assertEquals(List.of(new AvailablePeriod("2024", "SURVEY_YEAR", LocalDate.of(2024, 1, 1),
        LocalDate.of(2024, 12, 31))), values.periodsWithValues(List.of("POVERTY_P0")));
    assertEquals(List.of(), values.periodsWithValues(List.of("STUNTING_PREVALENCE")));
  }

  @Test
  void aSurveyYearBesideTheCalendarYearIsNotCountedTwice() {
    assertEquals(1, values.forArea("POVERTY_P0", "3510", "2024").size());
    assertEquals("SURVEY_YEAR", values.forArea("POVERTY_P0", "3510", "2024").get(0).periodKind());
    assertEquals(1, values.forArea("SERVICE_REQUESTS", "3510", "2024").size());
    assertEquals((double) count(2024, in(SampleServiceLake.FIRST_DISTRICT.code())),
        values.forArea("SERVICE_REQUESTS", SampleServiceLake.FIRST_DISTRICT.code(), "2024").get(0).value());
  }
}
