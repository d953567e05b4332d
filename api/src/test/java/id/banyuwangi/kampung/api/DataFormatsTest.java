package id.banyuwangi.kampung.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import id.banyuwangi.kampung.warehouse.SampleServiceLake;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same query in JSON, CSV, SDMX-CSV and SDMX-JSON, each read back by an independent parser
 * (Commons CSV, Jackson's tree) and compared value by value with the JSON answer; the format chosen
 * by {@code format=} or {@code Accept}; every answer naming its build; ETags and 304s.
 */
class DataFormatsTest {
  private static final Http HTTP = SampleServer.HTTP;
  /** A kecamatan's villages: published, primary and secondary suppressed cells side by side. */
  private static final String VILLAGES = "/api/v1/values?indicator=SELF_SERVICE_SHARE&area="
      + SampleServiceLake.FIRST_DISTRICT.code() + "&period=2024&children=true";
  private static final String BY_CHANNEL = "/api/v1/values?indicator=SERVICE_REQUESTS&area=3510&by=channel";

  static List<String> queries() {
    return List.of(VILLAGES, BY_CHANNEL);
  }

  /** One value as every format must carry it. */
  record Value(String area, String period, String member, Double value, boolean suppressed) {}

  @ParameterizedTest
  @MethodSource("queries")
  void csvReadBackEqualsJson(String query) throws Exception {
    HttpResponse<String> response = HTTP.get(query + "&format=csv");
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
    List<Value> csv = new ArrayList<>();
    for (CSVRecord r : parse(response.body())) {
      assertEquals("", r.get("suppressed").equals("true") ? r.get("numerator") + r.get("denominator") : "");
      csv.add(new Value(r.get("area"), r.get("period"), emptyNull(r.get("member")), number(r.get("value")),
          Boolean.parseBoolean(r.get("suppressed"))));
    }
    assertEquals(json(query), csv);
    assertTrue(response.body().contains("\r\n"), "RFC 4180 line ends");
  }

  @ParameterizedTest
  @MethodSource("queries")
  void sdmxCsvReadBackEqualsJson(String query) throws Exception {
    HttpResponse<String> response = HTTP.get(query + "&format=sdmx-csv");
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.body().startsWith("STRUCTURE,STRUCTURE_ID,ACTION,FREQ,REF_AREA,INDICATOR,SEX,SERVICE,CHANNEL,"),
        response.body().lines().findFirst().orElse(""));
    List<Value> sdmx = new ArrayList<>();
    Map<String, String> confidentiality = new HashMap<>();
    for (CSVRecord r : parse(response.body())) {
      assertEquals("dataflow", r.get("STRUCTURE"));
      assertEquals("ID_BWI:DF_KAMPUNG(1.0)", r.get("STRUCTURE_ID"));
      String period = r.get("TIME_PERIOD");
      assertEquals(period.contains("-Q") ? "Q" : period.contains("-") ? "M" : "A", r.get("FREQ"), period);
      String member = r.get("CHANNEL").equals("_T") ? null : r.get("CHANNEL");
      boolean hidden = !r.get("CONF_STATUS").equals("F");
      assertEquals(hidden ? "Q" : "A", r.get("OBS_STATUS"));
      sdmx.add(new Value(r.get("REF_AREA"), r.get("TIME_PERIOD"), member, number(r.get("OBS_VALUE")), hidden));
      confidentiality.put(r.get("REF_AREA") + r.get("TIME_PERIOD") + member, r.get("CONF_STATUS"));
    }
    assertEquals(json(query), sdmx);
    // CONF_STATUS says why: A for a small cell, D for one hidden so that no small cell can be recomputed
    JsonNode values = HTTP.json(query, 200).get("values");
    for (JsonNode v : values) {
      String why = v.path("suppression").asText("");
      String key = v.get("area").asText() + v.get("period").asText() + (v.hasNonNull("member") ? v.get("member").asText() : null);
      assertEquals(why.equals("primary") ? "A" : why.equals("secondary") ? "D" : "F", confidentiality.get(key));
    }
  }

  @Test
  void theVillagesHoldPrimaryAndSecondarySuppression() throws Exception {
    List<String> reasons = new ArrayList<>();
    HTTP.json(VILLAGES, 200).get("values").forEach(v -> reasons.add(v.path("suppression").asText("none")));
    assertTrue(reasons.contains("primary") && reasons.contains("none"), reasons.toString());
  }

  @ParameterizedTest
  @MethodSource("queries")
  void sdmxJsonReadBackEqualsJson(String query) throws Exception {
    HttpResponse<String> response = HTTP.get(query + "&format=sdmx-json");
    assertEquals(200, response.statusCode(), response.body());
    assertEquals("application/vnd.sdmx.data+json; version=2.0.0", response.headers().firstValue("Content-Type").orElseThrow());
    JsonNode message = Http.JSON.readTree(response.body());
    assertEquals(SampleServer.BUILD.buildId(), message.at("/meta/build/id").asText());
    JsonNode structure = message.at("/data/structures/0");
    JsonNode seriesDims = structure.at("/dimensions/series");
    JsonNode time = structure.at("/dimensions/observation/0/values");
    int area = position(seriesDims, "REF_AREA");
    int channel = position(seriesDims, "CHANNEL");
    JsonNode confStatus = structure.at("/attributes/observation/1");
    assertEquals("CONF_STATUS", confStatus.get("id").asText());
    List<Value> sdmx = new ArrayList<>();
    message.at("/data/dataSets/0/series").fields().forEachRemaining(series -> {
      String[] key = series.getKey().split(":");
      String areaCode = seriesDims.get(area).at("/values/" + key[area] + "/id").asText();
      String member = seriesDims.get(channel).at("/values/" + key[channel] + "/id").asText();
      series.getValue().get("observations").fields().forEachRemaining(obs -> {
        JsonNode o = obs.getValue();
        String conf = confStatus.at("/values/" + o.get(2).asInt() + "/id").asText();
        sdmx.add(new Value(areaCode, time.get(Integer.parseInt(obs.getKey())).get("value").asText(),
            member.equals("_T") ? null : member, o.get(0).isNull() ? null : o.get(0).asDouble(), !conf.equals("F")));
      });
    });
    List<Value> expected = new ArrayList<>(json(query));
    assertEquals(expected.size(), sdmx.size());
    assertTrue(sdmx.containsAll(expected) && expected.containsAll(sdmx), sdmx.toString());
  }

  @Test
  void acceptHeaderChoosesTheFormat() throws Exception {
    HttpResponse<byte[]> csv = HTTP.bytes(VILLAGES, "Accept", "text/html;q=0.9, text/csv");
    assertEquals(200, csv.statusCode());
    assertTrue(new String(csv.body(), StandardCharsets.UTF_8).startsWith("indicator,area,area_name,"));
    HttpResponse<byte[]> sdmx = HTTP.bytes(VILLAGES, "Accept", "application/vnd.sdmx.data+csv;version=2.0.0");
    assertTrue(new String(sdmx.body(), StandardCharsets.UTF_8).startsWith("STRUCTURE,STRUCTURE_ID,ACTION"));
    HttpResponse<byte[]> any = HTTP.bytes(VILLAGES, "Accept", "*/*");
    assertTrue(any.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
  }

  @Test
  void anUnknownFormatIs406Or400WithAProblem() throws Exception {
    HttpResponse<byte[]> notAcceptable = HTTP.bytes(VILLAGES, "Accept", "application/xml");
    assertEquals(406, notAcceptable.statusCode());
    assertEquals("application/problem+json", notAcceptable.headers().firstValue("Content-Type").orElseThrow());
    JsonNode problem = Http.JSON.readTree(notAcceptable.body());
    assertTrue(problem.get("detail").asText().contains("text/csv"), problem.toString());
    JsonNode badFormat = HTTP.json(VILLAGES + "&format=xml", 400);
    assertEquals("unknown format xml: use one of json, csv, sdmx-csv, sdmx-json", badFormat.get("detail").asText());
  }

  @Test
  void everyAnswerNamesItsBuildAndRevalidates() throws Exception {
    HttpResponse<byte[]> first = HTTP.bytes(VILLAGES + "&format=csv");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertEquals(SampleServer.BUILD.buildId(), first.headers().firstValue("X-Kampung-Build").orElseThrow());
    assertTrue(etag.contains(SampleServer.BUILD.buildId()), etag);
    assertEquals("public, no-cache", first.headers().firstValue("Cache-Control").orElseThrow());
    HttpResponse<byte[]> again = HTTP.bytes(VILLAGES + "&format=csv", "If-None-Match", etag);
    assertEquals(304, again.statusCode());
    assertEquals(0, again.body().length);
    assertEquals(SampleServer.BUILD.buildId(), again.headers().firstValue("X-Kampung-Build").orElseThrow());
    // another format is another answer
    assertEquals(200, HTTP.bytes(VILLAGES + "&format=sdmx-csv", "If-None-Match", etag).statusCode());
    JsonNode block = HTTP.json(VILLAGES, 200).get("build");
    assertEquals(SampleServer.BUILD.buildId(), block.get("id").asText());
    // the Delta version of every lake table the build read; null for a table absent from the lake
    SampleServer.BUILD.sourceVersions().forEach((table, version) -> {
      JsonNode read = block.get("delta_versions").get(table);
      assertTrue(version < 0 ? read.isNull() : read.asLong() == version, table + ": " + read);
    });
  }

  @Test
  void pagesConcatenateToTheWholeAnswer() throws Exception {
    List<Value> whole = json(BY_CHANNEL);
    List<Value> pages = new ArrayList<>();
    String next = BY_CHANNEL + "&limit=7";
    int count = 0;
    while (next != null) {
      HttpResponse<String> page = HTTP.get(next);
      assertEquals(200, page.statusCode(), page.body());
      JsonNode body = Http.JSON.readTree(page.body());
      assertTrue(body.get("values").size() <= 7);
      body.get("values").forEach(v -> pages.add(value(v)));
      String link = page.headers().firstValue("Link").orElse(null);
      next = body.hasNonNull("next") ? BY_CHANNEL + "&limit=7&cursor=" + body.get("next").asText() : null;
      assertEquals(next == null, link == null);
      count++;
    }
    assertEquals(whole, pages);
    assertEquals((whole.size() + 6) / 7, count);
    assertEquals(400, HTTP.get(BY_CHANNEL + "&limit=100000").statusCode());
    assertEquals(400, HTTP.get(BY_CHANNEL + "&limit=5&cursor=not-a-cursor").statusCode());
  }

  @Test
  void unsuppressedValuesNeedAKey() throws Exception {
    HttpResponse<String> response = HTTP.get(VILLAGES + "&suppression=none");
    assertEquals(401, response.statusCode());
    assertTrue(response.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Bearer"));
    assertFalse(response.body().contains("\"value\""));
  }

  private static List<Value> json(String query) throws Exception {
    List<Value> values = new ArrayList<>();
    HTTP.json(query, 200).get("values").forEach(v -> values.add(value(v)));
    assertFalse(values.isEmpty());
    return values;
  }

  private static Value value(JsonNode v) {
    return new Value(v.get("area").asText(), v.get("period").asText(), v.hasNonNull("member") ? v.get("member").asText() : null,
        v.get("value").isNull() ? null : v.get("value").asDouble(), v.get("suppressed").asBoolean());
  }

  private static int position(JsonNode dims, String id) {
    for (int i = 0; i < dims.size(); i++) {
      if (dims.get(i).get("id").asText().equals(id)) {
        return i;
      }
    }
    throw new AssertionError("no dimension " + id);
  }

  private static List<CSVRecord> parse(String body) throws Exception {
    try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(body))) {
      return parser.getRecords();
    }
  }

  private static Double number(String s) {
    return s.isEmpty() ? null : Double.valueOf(s);
  }

  private static String emptyNull(String s) {
    return s.isEmpty() ? null : s;
  }
}
