package id.banyuwangi.kampung.api;

import static id.banyuwangi.kampung.warehouse.SampleServiceLake.channel;
import static id.banyuwangi.kampung.warehouse.SampleServiceLake.count;
import static id.banyuwangi.kampung.warehouse.SampleServiceLake.in;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.warehouse.BuildSummary;
import id.banyuwangi.kampung.warehouse.SampleServiceLake;
import java.awt.image.BufferedImage;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiServerTest {
  @TempDir static Path dir;
  static ApiServer server;
  static Http http;

  static BuildSummary build;

  @BeforeAll
  static void start() throws Exception {
    build = SampleServiceLake.buildWarehouse(dir);
    server = ApiServer.start(SampleServiceLake.warehouseOf(dir), 0);
    http = new Http(server.port());
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @Test
  void valuesHaveExactlyTheContractShape() throws Exception {
    HttpResponse<String> response = http.get("/api/v1/values?indicator=SELF_SERVICE_SHARE&area=3510&period=2024");
    assertEquals(200, response.statusCode());
    double kiosk = count(2024, channel("KIOSK"));
    double all = count(2024, r -> true);
    // the values as they always were, then which build they came from
    String expected = "{\"indicator\":\"SELF_SERVICE_SHARE\",\"values\":[{\"area\":\"3510\","
        + "\"area_name\":\"Kabupaten Banyuwangi\",\"period\":\"2024\",\"value\":" + 100 * kiosk / all + ","
        + "\"numerator\":" + kiosk + ",\"denominator\":" + all + ",\"suppressed\":false}],"
        + "\"build\":{\"id\":\"" + build.buildId() + "\",\"built_at\":\"";
    assertTrue(response.body().startsWith(expected), response.body());
    assertEquals(build.buildId(), response.headers().firstValue("X-Kampung-Build").orElseThrow());
    JsonNode versions = Http.JSON.readTree(response.body()).get("build").get("delta_versions");
    assertEquals(build.sourceVersions().get("silver/kiosk_events").longValue(), versions.get("silver/kiosk_events").asLong());
  }

  @Test
  void withoutAPeriodAllPeriodsInOrder() throws Exception {
    JsonNode values = http.json("/api/v1/values?indicator=SERVICE_REQUESTS&area=3510", 200).get("values");
    List<String> periods = new ArrayList<>();
    values.forEach(v -> periods.add(v.get("period").asText()));
    // 2023 (year, Q2, June), then 2024: the year, each quarter before its months
    assertEquals(20, periods.size());
    assertEquals(List.of("2023", "2023-Q2", "2023-06", "2024", "2024-Q1", "2024-01", "2024-02"), periods.subList(0, 7));
    assertEquals("2024-12", periods.get(19));
  }

  @Test
  void childrenListTheKecamatanByCode() throws Exception {
    JsonNode values = http.json("/api/v1/values?indicator=SERVICE_REQUESTS&area=3510&period=2024&children=true", 200)
        .get("values");
    assertEquals(25, values.size());
    List<String> codes = new ArrayList<>();
    values.forEach(v -> codes.add(v.get("area").asText()));
    assertEquals(codes.stream().sorted().toList(), codes);
    assertTrue(codes.stream().allMatch(c -> c.length() == 6));
    JsonNode first = values.get(0);
    assertEquals(SampleServiceLake.DISTRICTS.get(0).name(), first.get("area_name").asText());
    assertEquals((double) count(2024, in(first.get("area").asText())), first.get("value").asDouble());
  }

  @Test
  void villagesOfAKecamatanWithSuppressedNulls() throws Exception {
    String district = SampleServiceLake.FIRST_DISTRICT.code();
    JsonNode values = http.json("/api/v1/values?indicator=SELF_SERVICE_SHARE&area=" + district
        + "&period=2024&children=true", 200).get("values");
    assertEquals(SampleServiceLake.FIRST_DISTRICT_VILLAGES.size(), values.size());
    String hiddenVillage = SampleServiceLake.FIRST_DISTRICT_VILLAGES.get(0).code();
    JsonNode hidden = find(values, hiddenVillage);
    assertTrue(hidden.get("suppressed").asBoolean());
    for (String field : List.of("value", "numerator", "denominator")) {
      assertTrue(hidden.has(field) && hidden.get(field).isNull(), field + " must be present and null");
    }
  }

  @Test
  void suppressedKecamatanIsNullInJson() throws Exception {
    String area = SampleServiceLake.SUPPRESSED_DISTRICT.code();
    HttpResponse<String> response = http.get("/api/v1/values?indicator=REJECTION_RATE&area=" + area + "&period=2024");
    assertTrue(response.body().contains("\"value\":null,\"numerator\":null,\"denominator\":null,\"suppressed\":true"),
        response.body());
    // its 4 requests all completed: a rejection rate of 0.0 that never leaves the server
    assertFalse(response.body().contains("0.0"), "the hidden value never leaves the server");
  }

  @Test
  void knownIndicatorWithoutDataIsAnEmptyList() throws Exception {
    JsonNode body = http.json("/api/v1/values?indicator=POVERTY_P0&area=3510&period=2024", 200);
    assertEquals("POVERTY_P0", body.get("indicator").asText());
    assertEquals(0, body.get("values").size());
  }

  @Test
  void areasTellADesaFromAKelurahan() throws Exception {
    JsonNode glagah = http.json("/api/v1/areas/351015", 200);
    assertEquals("kecamatan", glagah.get("kind").asText());
    java.util.Map<String, String> kinds = new java.util.HashMap<>();
    glagah.get("children").forEach(c -> kinds.put(c.get("area_name").asText(), c.get("kind").asText()));
    // banyuwangi_villages.csv: Bakungan 3510151002 is a kelurahan, the 4-digit part starting with 1
    assertEquals("kelurahan", kinds.get("Bakungan"));
    assertTrue(kinds.containsValue("desa"), kinds.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/api/v1/values?indicator=NOPE&area=3510&period=2024",
      "/api/v1/values?area=3510&period=2024",
      "/api/v1/values?indicator=SERVICE_REQUESTS&area=9999&period=2024",
      "/api/v1/values?indicator=SERVICE_REQUESTS&area=35100&period=2024",
      "/api/v1/values?indicator=SERVICE_REQUESTS&period=2024",
      "/api/v1/values?indicator=SERVICE_REQUESTS&area=3510&period=2024-13",
      "/api/v1/values?indicator=SERVICE_REQUESTS&area=3510&period=24",
      "/api/v1/values?indicator=SERVICE_REQUESTS&area=3510&period=2023/2025",
      "/api/v1/values?indicator=SERVICE_REQUESTS&area=3510&period=2024&children=yes",
      "/api/v1/charts/NOPE.png?area=3510&period=2024",
      "/api/v1/charts/SERVICE_REQUESTS.png?area=3510999999&period=2024",
      "/api/v1/charts/SERVICE_REQUESTS.png?area=3510&period=2024-Q5",
      "/api/v1/charts/SERVICE_REQUESTS.gif?area=3510",
      "/api/v1/values?indicator=POVERTY_P0&area=3510&period=2024-03",
      "/api/v1/values?indicator=APM_SD&area=3510&period=2024",
      "/api/v1/charts/IDM_STATUS.png?area=3510&period=2024-Q1",
      "/api/v1/periods?domain=NOPE",
      "/api/v1/areas/12",
  })
  void badRequestsAre400WithAClearProblem(String url) throws Exception {
    JsonNode body = http.json(url, 400);
    assertEquals(400, body.get("status").asInt());
    assertEquals("Bad Request", body.get("title").asText());
    assertFalse(body.get("detail").asText().isBlank());
  }

  @Test
  void malformedPeriodMessageComesFromPeriodParse() throws Exception {
    JsonNode body = http.json("/api/v1/values?indicator=SERVICE_REQUESTS&area=3510&period=2024-13", 400);
    assertEquals("malformed period '2024-13': month must be 01..12", body.get("detail").asText());
  }

  @ParameterizedTest
  @ValueSource(strings = {"3510' OR 1=1 --", "3510') OR ('1'='1", "3510; DROP TABLE dim_region", "351001%"})
  void hostileAreaIs400NotData(String hostile) throws Exception {
    String area = URLEncoder.encode(hostile, StandardCharsets.UTF_8);
    JsonNode body = http.json("/api/v1/values?indicator=SERVICE_REQUESTS&area=" + area + "&period=2024", 400);
    assertFalse(body.has("values"));
    assertEquals(400, http.get("/api/v1/charts/SERVICE_REQUESTS.png?area=" + area).statusCode());
  }

  @Test
  void healthShowsTheBuild() throws Exception {
    HttpResponse<String> response = http.get("/health");
    assertEquals(200, response.statusCode());
    JsonNode health = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
    assertEquals("ok", health.get("status").asText());
    assertEquals(build.buildId(), health.get("build_id").asText());
    assertFalse(health.get("built_at").asText().isBlank());
  }

  @Test
  void indicatorsAreTheWholeCatalog() throws Exception {
    JsonNode list = http.json("/api/v1/indicators", 200).get("indicators");
    assertEquals(IndicatorCatalog.standard().all().size(), list.size());
    JsonNode sla = find(list, "SLA_COMPLIANCE", "code");
    for (String field : List.of("code", "name_id", "name_en", "unit", "domain", "definition", "direction",
        "numerator", "denominator", "periods", "disaggregations")) {
      assertTrue(sla.has(field), field);
    }
    assertEquals("Kepatuhan Standar Waktu Layanan", sla.get("name_id").asText());
    assertEquals("HIGHER_IS_BETTER", sla.get("direction").asText());
    assertEquals("[\"MONTH\",\"QUARTER\",\"YEAR\"]", sla.get("periods").toString());
    assertEquals("%", sla.get("unit_label").asText());
    assertEquals("per 1.000", find(list, "MSME_PER_1000", "code").get("unit_label").asText());
    // the definition as data: the named measures, and the numerator in words
    assertEquals("{\"numerator\":\"requests_completed_within_sla\",\"denominator\":\"requests_completed\","
        + "\"cell_count\":\"requests_completed\"}", sla.get("measures").toString());
    assertEquals(IndicatorCatalog.standard().measure("requests_completed").orElseThrow().description(),
        sla.get("denominator").asText());
  }

  @Test
  void periodsHoldingValues() throws Exception {
    JsonNode periods = http.json("/api/v1/periods?domain=PUBLIC_SERVICE", 200).get("periods");
    assertEquals(20, periods.size());
    assertEquals("{\"period\":\"2023\",\"period_kind\":\"YEAR\",\"start_date\":\"2023-01-01\","
        + "\"end_date\":\"2023-12-31\"}", periods.get(0).toString());
  }

  @Test
  void rankedChartOfKecamatan() throws Exception {
    BufferedImage image = http.png("/api/v1/charts/REJECTION_RATE.png?area=3510&period=2024");
    assertEquals(900, image.getWidth());
    assertTrue(image.getHeight() >= 600, "25 bars");
  }

  @Test
  void trendChartWithoutPeriodAndForAVillage() throws Exception {
    assertEquals(420, http.png("/api/v1/charts/SERVICE_REQUESTS.png?area=3510").getHeight());
    String village = SampleServiceLake.FIRST_DISTRICT_VILLAGES.get(1).code();
    assertEquals(420, http.png("/api/v1/charts/SELF_SERVICE_SHARE.png?area=" + village + "&period=2024").getHeight());
    assertTrue(http.png("/api/v1/charts/POVERTY_P0.png?area=3510&period=2024").getWidth() > 0, "no data still renders");
  }

  @Test
  void unknownRouteIsJson404() throws Exception {
    JsonNode body = http.json("/api/v1/nothing", 404);
    assertTrue(body.get("detail").asText().contains("no such resource"));
    assertEquals(404, http.get("/no-such-page.html").statusCode());
  }

  @Test
  void dashboardPageIsIndonesian() throws Exception {
    HttpResponse<String> page = http.get("/");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("<html lang=\"id\">"));
    assertTrue(page.body().contains("Dasbor Kampung Analytics — Kabupaten Banyuwangi"));
  }

  private static JsonNode find(JsonNode array, String value) {
    return find(array, value, "area");
  }

  private static JsonNode find(JsonNode array, String value, String field) {
    for (JsonNode node : array) {
      if (node.get(field).asText().equals(value)) {
        return node;
      }
    }
    throw new AssertionError(value + " not in " + array);
  }
}
