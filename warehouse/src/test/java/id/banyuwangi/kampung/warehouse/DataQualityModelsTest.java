package id.banyuwangi.kampung.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.kampung.domain.period.Period;
import id.banyuwangi.kampung.warehouse.KioskEventRows.Request;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data-quality views over the lake's own records ({@link LakeRecords}) and PublicServiceLake's
 * kiosk events, each expected figure worked out here from the fixtures, never read back from the
 * models: delivery per village and month, ingestion rates, quarantine counts by reason.
 */
class DataQualityModelsTest {
  @TempDir static Path dir;
  static BuiltMarts marts;

  @BeforeAll
  static void build() throws Exception {
    Path lake = PublicServiceLake.write(dir.resolve("lake"));
    LakeRecords.write(lake);
    marts = BuiltMarts.build(lake, dir.resolve("warehouse.duckdb"));
  }

  @AfterAll
  static void close() throws Exception {
    marts.close();
  }

  @Test
  void ingestionRatesAreTheRunsCounts() throws Exception {
    assertEquals(List.of("kiosk|2024-04|1|40|6|4|15.0|10.0", "posyandu|2024-04|1|10|2|0|20.0|0.0"), marts.strings("""
        SELECT concat_ws('|', source, ingest_month, runs, lines_read, quarantined, duplicates,
          round(quarantine_rate, 6), round(duplicate_rate, 6)) FROM public_quality_ingest ORDER BY source"""));
    assertEquals(100.0 * LakeRecords.KIOSK_QUARANTINED / LakeRecords.KIOSK_LINES, 15.0);
  }

  @Test
  void quarantineIsCountedByReasonAndTheRecordsThemselvesArePublishedNowhere() throws Exception {
    assertEquals(List.of("kiosk|INVALID_NIK|4|10.0", "kiosk|MALFORMED_JSON|2|5.0", "posyandu|OUT_OF_RANGE|2|20.0"),
        marts.strings("""
            SELECT concat_ws('|', source, reason_code, records, round(rate, 6)) FROM public_quality_quarantine
            ORDER BY source, reason_code"""));
    // the quarantined lines' clear NIK reaches no public relation, not even as part of a text
    for (String view : List.of("public_quality_ingest", "public_quality_quarantine", "public_quality_delivery")) {
      assertEquals(List.of("0"), marts.strings("SELECT count(*) FROM " + view + " t WHERE t::VARCHAR LIKE '%"
          + LakeRecords.CLEAR_NIK + "%'"), view);
    }
    assertEquals(List.of(), marts.strings("""
        SELECT column_name FROM information_schema.columns
        WHERE table_name LIKE 'public_quality_%' AND column_name IN ('raw_record', 'reason_detail')"""));
  }

  @Test
  void deliveryCountsEachVillagesEventsPerWibMonthWithTheirFilesAndDelay() throws Exception {
    List<Request> requests = new ArrayList<>(PublicServiceLake.VERSION_0);
    requests.add(PublicServiceLake.B7_COMPLETED); // B7's in-process event (version 0) and its completion (version 1)
    Map<String, List<Long>> delays = new TreeMap<>();
    Map<String, TreeSet<String>> files = new TreeMap<>();
    LocalDate ingested = OffsetDateTime.parse(LakeRecords.RUN_FINISHED).atZoneSameInstant(Period.WIB).toLocalDate();
    List<String[]> events = new ArrayList<>();
    for (Request r : PublicServiceLake.VERSION_0) {
      KioskEventRows.events(r).forEach(e -> events.add(new String[] {r.village(), e[2]}));
    }
    KioskEventRows.events(PublicServiceLake.B7_IN_PROCESS).forEach(e -> events.add(new String[] {"3510022001", e[2]}));
    events.add(new String[] {"3510022001", PublicServiceLake.B7_COMPLETED.terminal()});
    for (String[] e : events) {
      LocalDate day = OffsetDateTime.parse(e[1]).atZoneSameInstant(Period.WIB).toLocalDate();
      String key = e[0] + "|" + day.toString().substring(0, 7);
      delays.computeIfAbsent(key, k -> new ArrayList<>()).add(ChronoUnit.DAYS.between(day, ingested));
      files.computeIfAbsent(key, k -> new TreeSet<>()).add(e[1].substring(0, 10));
    }
    List<String> expected = new ArrayList<>();
    delays.forEach((key, d) -> {
      List<Long> sorted = d.stream().sorted().toList();
      double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
          : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2.0;
      expected.add(key + "|" + d.size() + "|" + files.get(key).size() + "|" + median + "|" + sorted.get(sorted.size() - 1));
    });
    assertTrue(expected.size() >= 3, "March and April, two villages");
    assertEquals(expected, marts.strings("""
        SELECT concat_ws('|', village_code, month, records, files, median_delay_days::DOUBLE, max_delay_days)
        FROM public_quality_delivery WHERE source = 'kiosk' ORDER BY village_code, month"""));
  }

  @Test
  void kioskFilesNameTheirVillageAndDay() throws Exception {
    assertEquals(List.of("kiosk|3510012001|2024-03-05", "kiosk|3510022001|2024-03-01", "posyandu||"), marts.strings("""
        SELECT concat_ws('|', source, coalesce(kiosk_village_code, ''), coalesce(file_day::VARCHAR, ''))
        FROM stg_ingested_files ORDER BY source, source_file"""));
  }
}
