package id.banyuwangi.kampung.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * /api/v1/export streams every cell of an indicator: the kecamatan totals equal the values answer
 * for the same cells, the breakdown members are there too, and CSV, SDMX-CSV and JSON lines hold
 * the same rows in the same stable order.
 */
class ExportTest {
  private static final Http HTTP = SampleServer.HTTP;
  private static final String EXPORT = "/api/v1/export?indicator=SERVICE_REQUESTS&level=district&period=2024";

  @Test
  void theKecamatanTotalsEqualTheValuesAnswer() throws Exception {
    HttpResponse<String> response = HTTP.get(EXPORT);
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
    assertEquals(SampleServer.BUILD.buildId(), response.headers().firstValue("X-Kampung-Build").orElseThrow());
    List<CSVRecord> rows = csv(response.body());
    Map<String, String> totals = new TreeMap<>();
    Map<String, String> byChannel = new TreeMap<>();
    for (CSVRecord r : rows) {
      assertEquals("DISTRICT", r.get("area_level"));
      assertEquals("2024", r.get("period"));
      if (r.get("breakdown").isEmpty()) {
        totals.put(r.get("area"), r.get("value"));
      } else if (r.get("breakdown").equals("channel")) {
        byChannel.put(r.get("area") + "|" + r.get("member"), r.get("value"));
      }
    }
    assertEquals(values("/api/v1/values?indicator=SERVICE_REQUESTS&area=3510&period=2024&children=true", false), totals);
    assertEquals(values("/api/v1/values?indicator=SERVICE_REQUESTS&area=3510&period=2024&children=true&by=channel", true),
        byChannel);
  }

  @Test
  void everyFormatHoldsTheSameRowsInTheSameOrder() throws Exception {
    List<String> csv = new ArrayList<>();
    csv(HTTP.get(EXPORT + "&format=csv").body()).forEach(r -> csv.add(r.get("area") + "|" + r.get("member") + "|" + r.get("value")));
    List<String> sdmx = new ArrayList<>();
    csv(HTTP.get(EXPORT + "&format=sdmx-csv").body()).forEach(r -> {
      String member = r.get("SERVICE").equals("_T") ? r.get("CHANNEL") : r.get("SERVICE");
      sdmx.add(r.get("REF_AREA") + "|" + (member.equals("_T") ? "" : member) + "|" + r.get("OBS_VALUE"));
    });
    List<String> lines = new ArrayList<>();
    HttpResponse<String> jsonl = HTTP.get(EXPORT + "&format=jsonl");
    assertEquals("application/x-ndjson", jsonl.headers().firstValue("Content-Type").orElseThrow());
    for (String line : jsonl.body().split("\n")) {
      JsonNode r = Http.JSON.readTree(line);
      lines.add(r.get("area").asText() + "|" + r.path("member").asText("") + "|"
          + (r.get("value").isNull() ? "" : Double.toString(r.get("value").asDouble())));
    }
    assertTrue(csv.size() > 25, "totals and members of 25 kecamatan");
    assertEquals(csv, sdmx);
    assertEquals(csv, lines);
  }

  @Test
  void badExportsAreProblemsBeforeAnyRow() throws Exception {
    for (String url : List.of("/api/v1/export", "/api/v1/export?indicator=NOPE",
        "/api/v1/export?indicator=SERVICE_REQUESTS&level=planet",
        EXPORT + "&format=sdmx-json", EXPORT.replace("2024", "2024-13"))) {
      HttpResponse<String> response = HTTP.get(url);
      assertEquals(400, response.statusCode(), url);
      assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow(), url);
    }
    assertEquals(401, HTTP.get(EXPORT + "&suppression=none").statusCode());
  }

  private static Map<String, String> values(String query, boolean members) throws Exception {
    Map<String, String> values = new TreeMap<>();
    for (JsonNode v : HTTP.json(query, 200).get("values")) {
      values.put(v.get("area").asText() + (members ? "|" + v.get("member").asText() : ""),
          v.get("value").isNull() ? "" : Double.toString(v.get("value").asDouble()));
    }
    assertFalse(values.isEmpty());
    return values;
  }

  private static List<CSVRecord> csv(String body) throws Exception {
    try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(body))) {
      return parser.getRecords();
    }
  }
}
