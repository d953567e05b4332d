package id.banyuwangi.kampung.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import id.banyuwangi.kampung.domain.indicator.Targets;
import id.banyuwangi.kampung.domain.region.RegionHierarchy;
import id.banyuwangi.kampung.warehouse.LakeRecords;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's own routes over a real warehouse of all sources (with the lake's own records,
 * {@link LakeRecords}): data quality, maps, the table's exports and the targets, each checked
 * against the values route or the fixtures' own figures.
 */
class DashboardApiTest {
  static final Http http = AllSourcesServer.HTTP;

  /** A view's values in one answer are exactly what each of its values URLs answers alone. */
  @Test
  void aViewAnswersEachOfItsValuesUrlsAsThatUrlDoes() throws Exception {
    for (String view : List.of("/api/v1/views?domain=PUBLIC_SERVICE&area=3510",
        "/api/v1/views?domain=PUBLIC_SERVICE&area=3510&period=2024", "/api/v1/views?domain=HEALTH&area=351001&period=2024",
        "/api/v1/views?domain=PUBLIC_SERVICE&area=3510012001&period=2024-03")) {
      JsonNode entries = http.json(view, 200).get("views");
      assertFalse(entries.isEmpty(), view);
      for (JsonNode entry : entries) {
        String url = entry.get("url").asText();
        assertTrue(url.startsWith("/api/v1/values?indicator="), url);
        assertEquals(http.json(url, 200).get("values"), entry.get("values"), view + " " + url);
      }
      if (view.contains("3510012001")) {
        assertFalse(entries.toString().contains("children=true"), "a village has no areas below it");
      }
    }
    assertTrue(http.json("/api/v1/views?domain=PUBLIC_SERVICE&area=3510&period=2024", 200).toString()
        .contains("&period=2023&children=true"), "the map's areas a year earlier");
    assertEquals(400, http.get("/api/v1/views?domain=NOPE&area=3510").statusCode());
    assertEquals(400, http.get("/api/v1/views?domain=HEALTH&area=3510&period=20x4").statusCode());
  }

  @Test
  void qualityGivesTheMonthsIngestionRatesAndQuarantineByReasonFromTheLakesRecords() throws Exception {
    JsonNode q = http.json("/api/v1/quality?month=2024-04", 200);
    JsonNode kiosk = find(q.get("ingest"), "source", "kiosk");
    assertEquals(LakeRecords.KIOSK_LINES, kiosk.get("lines_read").asLong());
    assertEquals(100.0 * LakeRecords.KIOSK_QUARANTINED / LakeRecords.KIOSK_LINES, kiosk.get("quarantine_rate").asDouble(), 1e-9);
    assertEquals(100.0 * LakeRecords.KIOSK_DUPLICATES / LakeRecords.KIOSK_LINES, kiosk.get("duplicate_rate").asDouble(), 1e-9);
    long byReason = 0;
    for (JsonNode r : q.get("quarantine")) {
      if (r.get("source").asText().equals("kiosk")) {
        byReason += r.get("records").asLong();
      }
    }
    assertEquals(LakeRecords.KIOSK_QUARANTINED, byReason, "the reasons add up to the run's quarantined lines");
    assertEquals(217, q.get("villages").size());
    assertFalse(q.toString().contains(LakeRecords.CLEAR_NIK));
  }

  @Test
  void qualityDefaultsToTheLatestMonthAndItsBannerDateIsTheLatestRecordOfAnyMonth() throws Exception {
    JsonNode latest = http.json("/api/v1/quality", 200);
    List<String> months = Http.JSON.convertValue(latest.get("months"), List.class);
    assertEquals(months.get(0), latest.get("month").asText());
    String newest = "";
    for (String month : months) {
      for (JsonNode d : http.json("/api/v1/quality?month=" + month, 200).get("delivery")) {
        assertTrue(d.get("last_record_date").asText().startsWith(month), d.toString());
        newest = d.get("last_record_date").asText().compareTo(newest) > 0 ? d.get("last_record_date").asText() : newest;
      }
    }
    assertEquals(newest, latest.get("latest_record_date").asText());
  }

  @Test
  void qualityOfAKecamatanListsOnlyItsVillages() throws Exception {
    JsonNode q = http.json("/api/v1/quality?area=351001&month=2024-03", 200);
    assertEquals(RegionHierarchy.banyuwangi().children("351001").size(), q.get("villages").size());
    assertTrue(q.get("delivery").size() > 0, "PublicServiceLake's March events in Pesanggaran");
    q.get("delivery").forEach(d -> assertTrue(d.get("village").asText().startsWith("351001"), d.toString()));
    http.json("/api/v1/quality?month=2024-13", 400);
  }

  @Test
  void theRegencyMapDrawsItsKecamatanAndAKecamatansMapItsVillages() throws Exception {
    assertEquals(25, areasIn(svg("/api/v1/maps/SERVICE_REQUESTS.svg?area=3510&period=2024")));
    assertEquals(RegionHierarchy.banyuwangi().children("351001").size(),
        areasIn(svg("/api/v1/maps/SERVICE_REQUESTS.svg?area=351001&period=2024")));
    assertTrue(svg("/api/v1/maps/SERVICE_REQUESTS.svg?area=3510&period=2024&lang=en").contains("by kecamatan"));
    http.json("/api/v1/maps/SERVICE_REQUESTS.svg?area=3510012001&period=2024", 400);
  }

  @Test
  void theTableCsvAndExcelHoldTheValuesTheValuesRouteGives() throws Exception {
    double regency = http.json("/api/v1/values?indicator=SERVICE_REQUESTS&area=3510&period=2024", 200)
        .get("values").get(0).get("value").asDouble();
    HttpResponse<String> csv = http.get("/api/v1/tables/PUBLIC_SERVICE.csv?area=3510&period=2024");
    assertEquals(200, csv.statusCode());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(csv.body())).getRecords();
    CSVRecord total = rows.stream().filter(r -> r.get("area_code").equals("3510") && r.get("indicator").equals("SERVICE_REQUESTS"))
        .findFirst().orElseThrow();
    assertEquals(regency, Double.parseDouble(total.get("value")), 1e-9);
    assertEquals(26, rows.stream().map(r -> r.get("area_code")).distinct().count(), "the regency and its 25 kecamatan");

    HttpResponse<byte[]> xlsx = http.bytes("/api/v1/tables/PUBLIC_SERVICE.xlsx?area=3510&period=2024");
    assertEquals(200, xlsx.statusCode());
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet sheet = book.getSheetAt(0);
      boolean found = false;
      for (Row row : sheet) {
        if (row.getCell(1) != null && "3510".equals(row.getCell(1).toString())) {
          found = true;
          assertTrue(row.getPhysicalNumberOfCells() > 2);
        }
      }
      assertTrue(found, "the regency's row");
    }
  }

  @Test
  void theBriefRouteAnswersTheAreasPdfBriefAsAnAttachment() throws Exception {
    HttpResponse<byte[]> pdf = http.bytes("/api/v1/reports/brief.pdf?area=351001&year=2024");
    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    assertEquals("attachment; filename=\"kampung-351001-2024.pdf\"", pdf.headers().firstValue("Content-Disposition").orElse(""));
    assertEquals("%PDF-", new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1));
    try (PDDocument doc = Loader.loadPDF(pdf.body())) {
      assertTrue(doc.getNumberOfPages() >= 2, "page 1 and the chapters");
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertTrue(text.contains("Kecamatan Pesanggaran (351001)"), "the brief names its area");
      assertTrue(text.contains(pdf.headers().firstValue(BuildBlock.HEADER).orElseThrow()), "from the build served");
    }
    assertEquals(400, http.bytes("/api/v1/reports/brief.pdf?area=351001").statusCode(), "a brief is of a year");
    assertEquals(400, http.bytes("/api/v1/reports/brief.pdf?area=351001&year=1990").statusCode(), "a year without data");
  }

  @Test
  void targetsAreThePublishedOnes() throws Exception {
    JsonNode targets = http.json("/api/v1/targets", 200).get("targets");
    assertEquals(Targets.standard().all().size(), targets.size());
    JsonNode stunting = find(targets, "indicator", "STUNTING_PREVALENCE");
    assertEquals(Targets.standard().find("STUNTING_PREVALENCE", 2024).orElseThrow().value(), stunting.get("target").asDouble());
  }

  private static String svg(String url) throws Exception {
    HttpResponse<String> r = http.get(url);
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("image/svg+xml", r.headers().firstValue("Content-Type").orElse(""));
    return r.body();
  }

  private static int areasIn(String svg) {
    Matcher m = Pattern.compile("<g class=\"area ").matcher(svg);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static JsonNode find(JsonNode array, String field, String value) {
    for (JsonNode n : array) {
      if (n.get(field).asText().equals(value)) {
        return n;
      }
    }
    throw new AssertionError("no " + field + "=" + value + " in " + array);
  }
}
