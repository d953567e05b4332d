package id.banyuwangi.kampung.ingestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.banyuwangi.kampung.domain.region.RegionHierarchy;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** The CSV splitting and row rules in plain Java (no Spark). */
class CsvRulesTest {
  static final CsvRecord.Rules RULES =
      new CsvRecord.Rules(RegionHierarchy.banyuwangi(), IngestJobTest.NOW, IngestJobTest.PSEUDO);

  /** {@link CsvFileReader#readLines} with the rows given their schema, for access by name. */
  static List<Row> read(CsvRecord.Rules rules, CsvSource source, String name, List<String> lines) {
    return CsvFileReader.readLines(rules, source, name, lines).stream().<Row>map(r -> {
      Object[] values = new Object[r.length()];
      for (int i = 0; i < values.length; i++) {
        values[i] = r.get(i);
      }
      return new org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema(values, CsvFileReader.SCHEMA);
    }).toList();
  }

  @Test
  void splitsQuotedFieldsAndRejectsStrayQuotes() {
    assertEquals(List.of("a", "b,c", "say \"hi\"", ""), CsvLine.split("a,\"b,c\",\"say \"\"hi\"\"\","));
    assertEquals(List.of(""), CsvLine.split(""));
    assertEquals(List.of("", ""), CsvLine.split(","));
    assertNull(CsvLine.split("a,\"b"));
    assertNull(CsvLine.split("a,\"b\"c"));
    assertNull(CsvLine.split("a,b\"c"));
  }

  @Test
  void columnsAreFoundByNameAndExtraColumnsIgnored() {
    List<Row> rows = read(RULES, new IdmSource(), "f.csv", List.of(
        "extra, ikl ,year,village_code,iks,ike", "x,0.3,2024,3510012001,0.1,0.2"));
    assertEquals(1, rows.size());
    Row r = rows.get(0);
    assertNull(r.getAs("reason_code"));
    assertEquals(2L, (long) r.getAs("line_no"));
    assertEquals(List.of("3510012001", "2024", "0.1", "0.2", "0.3"),
        scala.jdk.javaapi.CollectionConverters.asJava(r.<scala.collection.Seq<String>>getAs("values")));
  }

  @Test
  void theWorstProblemWinsAndPersonalValuesAreWithheld() {
    CsvSource schools = new SchoolSource();
    String header = String.join(",", schools.header());
    List<Row> rows = read(RULES, schools, "f.csv", List.of(header,
        "NISN-9,3510999999,L,2025-05-05,2024/2025,SD,9,ACTIVE",   // OUT_OF_RANGE beats UNKNOWN_VILLAGE, FUTURE_DATE
        "NISN-9,3510012001,L,20170701,2024/2025,SD,1,ACTIVE"));   // INVALID_VALUE, the birth date not echoed
    assertEquals("OUT_OF_RANGE", rows.get(0).getAs("reason_code"));
    assertEquals("INVALID_VALUE", rows.get(1).getAs("reason_code"));
    assertEquals("birth_date (value withheld) is not a date YYYY-MM-DD", rows.get(1).getAs("reason_detail"));
  }

  @Test
  void aHeaderWithoutARequiredColumnIsOneRecordAndItsRowsAreNotRead() {
    List<Row> rows = read(RULES, new BumdesSource(), "f.csv", List.of(
        "village_code,year,month,revenue_idr,assets_idr", "3510012001,2024,1,5,5", "3510012001,2024,2,5,5"));
    assertEquals(1, rows.size());
    assertEquals(CsvFileReader.KIND_HEADER, rows.get(0).getAs("kind"));
    assertEquals("MISSING_COLUMN", rows.get(0).getAs("reason_code"));
    assertEquals(0L, (long) rows.get(0).getAs("line_no"));
  }

  /** Contract section 9 on one row each; ingestion time is 2024-12-31T00:00Z, so 2025 starts within the day of tolerance. */
  @Test
  void indeksDesaTakesYearsFrom2024ScoresWithin0To100AndTheFiveStatuses() {
    String row = CsvFiles.INDEKS_DESA;
    List<Row> rows = read(RULES, new IndeksDesaSource(), "f.csv", List.of(CsvFiles.INDEKS_DESA_HEADER,
        CsvFiles.with(row, 1, "2023"), CsvFiles.with(row, 1, "2025"), CsvFiles.with(row, 1, "2026"),
        CsvFiles.with(row, 3, "Maju"), CsvFiles.with(row, 2, "100.01"), CsvFiles.with(row, 9, "100"),
        CsvFiles.with(row, 5, "-"), CsvFiles.with(CsvFiles.with(row, 1, "2026"), 4, "")));
    List<String> details = rows.stream().map(r -> r.getAs("reason_code") + ": " + r.getAs("reason_detail")).toList();
    assertEquals(List.of(
        "OUT_OF_RANGE: year 2023 is outside 2024..9999",
        "null: null",
        "FUTURE_DATE: year 2026 is later than ingestion time + 1 day",
        "INVALID_VALUE: status 'Maju' is not one of [BERKEMBANG, MAJU, MANDIRI, SANGAT_TERTINGGAL, TERTINGGAL]",
        "OUT_OF_RANGE: skor 100.01 is outside 0.0..100.0",
        "null: null",
        "INVALID_VALUE: sosial '-' is not a decimal number",
        "MISSING_FIELD: layanan_dasar is required"), details);
  }
}
