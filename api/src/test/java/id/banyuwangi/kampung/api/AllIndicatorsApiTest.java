package id.banyuwangi.kampung.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every catalog indicator through the real stack: the warehouse module's test lakes (all sources in
 * one lake), the real WarehouseBuilder, the real server, real HTTP.
 */
class AllIndicatorsApiTest {
  private static final String SARONGAN = "3510012001";   // IDM 2024: 0.7072, BERKEMBANG
  private static final String PESANGGARAN = "351001";

  static final Http http = AllSourcesServer.HTTP;

  static Stream<Indicator> indicators() {
    return IndicatorCatalog.standard().all().stream();
  }

  @ParameterizedTest
  @MethodSource("indicators")
  void everyIndicatorHasRegencyValuesAtOneOfItsPeriods(Indicator indicator) throws Exception {
    String period = firstPeriodWithANumber(indicator);
    JsonNode body = http.json("/api/v1/values?indicator=" + indicator.code() + "&area=3510&period="
        + encode(period), 200);
    assertEquals(indicator.code(), body.get("indicator").asText());
    JsonNode first = body.get("values").get(0);
    assertEquals("3510", first.get("area").asText());
    assertEquals(period, first.get("period").asText());
    assertFalse(first.get("suppressed").asBoolean());
    assertTrue(first.get("value").isNumber(), first::toString);
  }

  @ParameterizedTest
  @MethodSource("indicators")
  void everyIndicatorChartsItsChildrenAndItsTrend(Indicator indicator) throws Exception {
    String period = encode(firstPeriodWithANumber(indicator));
    String chart = "/api/v1/charts/" + indicator.code() + ".png";
    http.png(chart + "?area=3510&period=" + period);
    http.png(chart + "?area=" + PESANGGARAN + "&period=" + period);
    http.png(chart + "?area=" + SARONGAN + "&period=" + period);
    http.png(chart + "?area=3510");
  }

  @Test
  void schoolYearPeriodsTakeAnEncodedSlash() throws Exception {
    // kecamatan Pesanggaran: Sarongan's S1 and S3 of 20 aged 7-12 (Sumberagung, a small cell, adds none)
    JsonNode values = http.json("/api/v1/values?indicator=APM_SD&area=" + PESANGGARAN + "&period=2024%2F2025", 200)
        .get("values");
    assertEquals(1, values.size());
    assertEquals("2024/2025", values.get(0).get("period").asText());
    assertEquals(100.0 * 2 / 20, values.get(0).get("value").asDouble(), 1e-9, "S1 and S3 of 20 aged 7-12");
    // Sarongan itself is hidden so that Sumberagung's small cell cannot be recomputed from the kecamatan
    JsonNode sarongan = http.json("/api/v1/values?indicator=APM_SD&area=" + SARONGAN + "&period=2024%2F2025", 200)
        .get("values").get(0);
    assertEquals("secondary", sarongan.get("suppression").asText());
    JsonNode dropout = http.json("/api/v1/values?indicator=DROPOUT_RATE&area=3510", 200).get("values");
    assertEquals(List.of("2023/2024", "2024/2025"), periods(dropout));
    assertTrue(dropout.get(0).get("suppressed").asBoolean(), "one student in 2023/2024");
    assertTrue(dropout.get(0).get("value").isNull());
  }

  @Test
  void surveyYearsAreFourDigitYears() throws Exception {
    JsonNode values = http.json("/api/v1/values?indicator=POVERTY_P0&area=3510&period=2024", 200).get("values");
    assertEquals(1, values.size());
    assertEquals("2024", values.get(0).get("period").asText());
    assertEquals(100.0 * (4 + 2 + 6 + 4 + 4 * 4) / (27 + 4 * 4), values.get(0).get("value").asDouble(), 1e-9,
        "H1, H3, H5, H7 and S1..S4 (4 persons each, all poor) of 43 persons");
    assertEquals(List.of("2024", "2025"), periods(http.json("/api/v1/values?indicator=JKN_COVERAGE&area=3510", 200)
        .get("values")));
  }

  @ParameterizedTest
  @CsvSource({
      "APM_SD, 2024, 'wrong period kind: APM_SD is published per school year (2023/2024), and 2024 is a year'",
      "POVERTY_P0, 2024-Q1, 'wrong period kind: POVERTY_P0 is published per survey year (2024), and 2024-Q1 is a quarter'",
      "IDM_STATUS, 2024-03, 'wrong period kind: IDM_STATUS is published per year (2024), and 2024-03 is a month'",
      "SERVICE_REQUESTS, 2023%2F2024, 'wrong period kind: SERVICE_REQUESTS is published per month (2024-03), quarter (2024-Q1), year (2024), and 2023/2024 is a school year'",
  })
  void aPeriodOfAnotherKindIs400(String indicator, String period, String message) throws Exception {
    JsonNode values = http.json("/api/v1/values?indicator=" + indicator + "&area=3510&period=" + period, 400);
    assertEquals(message, values.get("detail").asText());
    JsonNode chart = http.json("/api/v1/charts/" + indicator + ".png?area=3510&period=" + period, 400);
    assertEquals(message, chart.get("detail").asText());
  }

  @Test
  void idmStatusCountsVillagesPerBandAboveTheVillage() throws Exception {
    JsonNode regency = http.json("/api/v1/values?indicator=IDM_STATUS&area=3510&period=2024", 200).get("values");
    List<String> bands = new ArrayList<>();
    regency.forEach(v -> bands.add(v.get("category").asText() + "=" + v.get("value").asInt()));
    assertEquals(List.of("MANDIRI=1", "MAJU=2", "BERKEMBANG=1", "TERTINGGAL=0", "SANGAT_TERTINGGAL=1"), bands,
        "every band, best first");

    HttpResponse<String> village = http.get("/api/v1/values?indicator=IDM_STATUS&area=" + SARONGAN + "&period=2024");
    // the values exactly, then the build they came from
    assertTrue(village.body().startsWith("{\"indicator\":\"IDM_STATUS\",\"values\":[{\"area\":\"" + SARONGAN + "\","
        + "\"area_name\":\"Sarongan\",\"period\":\"2024\",\"value\":null,\"numerator\":null,"
        + "\"denominator\":null,\"suppressed\":false,\"category\":\"BERKEMBANG\"}],\"build\":{"), village.body());

    JsonNode villages = http.json("/api/v1/values?indicator=IDM_STATUS&area=" + PESANGGARAN
        + "&period=2024&children=true", 200).get("values");
    assertEquals(4, villages.size(), "the four villages of Pesanggaran with an IDM");
    villages.forEach(v -> assertNotNull(v.get("category").textValue(), v::toString));
  }

  @Test
  void otherIndicatorsCarryNoCategory() throws Exception {
    HttpResponse<String> response = http.get("/api/v1/values?indicator=IDM_SCORE&area=3510&period=2024");
    assertEquals(200, response.statusCode());
    assertFalse(response.body().contains("category"), response.body());
  }

  @Test
  void byChannelGivesEachMembersOwnCellSuppressedOnItsOwn() throws Exception {
    // the public-service lake's March 2024: COUNTER 8, KIOSK 4, ONLINE 1 requests (13 in total)
    JsonNode values = http.json("/api/v1/values?indicator=SERVICE_REQUESTS&area=3510&period=2024-03&by=channel", 200)
        .get("values");
    assertEquals(List.of("COUNTER=8.0", "KIOSK=null", "ONLINE=null"), members(values));
    List<String> fields = new ArrayList<>();
    values.get(1).fieldNames().forEachRemaining(fields::add);
    assertEquals(List.of("area", "area_name", "period", "breakdown", "member", "value", "numerator", "denominator",
        "suppressed", "suppression"), fields);
    assertEquals("primary", values.get(1).get("suppression").asText(), "4 KIOSK requests: a small cell");
    assertEquals("channel", values.get(1).get("breakdown").asText());
    assertTrue(values.get(1).get("suppressed").asBoolean());
    assertTrue(values.get(1).get("numerator").isNull());
  }

  @Test
  void bySexForChildrenAndStudents() throws Exception {
    // kecamatan Pesanggaran, July 2024: boys 3 stunted of 5 -> 60; girls 0 of 2: a small cell. With the
    // total published (3 of 7), the boys would be the total minus the girls: they are hidden too
    JsonNode stunting = http.json("/api/v1/values?indicator=STUNTING_PREVALENCE&area=" + PESANGGARAN
        + "&period=2024-07&by=sex", 200).get("values");
    assertEquals(List.of("L=null", "P=null"), members(stunting));
    assertEquals("secondary", stunting.get(0).get("suppression").asText());
    assertEquals("primary", stunting.get(1).get("suppression").asText());
    // its villages, school year 2024/2025: Sarongan's boys and girls aged 7-12 are 10 each, one of each
    // of age in SD -> 10 and 10; the boys are hidden beside Sumberagung's small cell of boys
    JsonNode apm = http.json("/api/v1/values?indicator=APM_SD&area=" + PESANGGARAN + "&period=2024%2F2025"
        + "&children=true&by=sex", 200).get("values");
    List<String> sarongan = new ArrayList<>();
    apm.forEach(v -> {
      if (v.get("area").asText().equals(SARONGAN)) {
        sarongan.add(v.get("member").asText() + "=" + v.get("value").asText());
      }
    });
    assertEquals(List.of("L=null", "P=10.0"), sarongan);
  }

  @Test
  void aBreakdownTheCatalogDoesNotDeclareIs400() throws Exception {
    Map<String, String> messages = new LinkedHashMap<>();
    messages.put("indicator=POVERTY_P0&by=sex", "indicator POVERTY_P0 cannot be broken down by 'sex'; it has none");
    messages.put("indicator=SELF_SERVICE_SHARE&by=channel",
        "indicator SELF_SERVICE_SHARE cannot be broken down by 'channel'; it has: service");
    messages.put("indicator=APM_SD&by=area", "indicator APM_SD cannot be broken down by 'area'; it has: sex");
    messages.put("indicator=STUNTING_PREVALENCE&by=%27%3B--",
        "indicator STUNTING_PREVALENCE cannot be broken down by; it has: sex");
    for (Map.Entry<String, String> m : messages.entrySet()) {
      assertEquals(m.getValue(), http.json("/api/v1/values?area=3510&" + m.getKey(), 400).get("detail").asText());
    }
  }

  private static List<String> members(JsonNode values) {
    List<String> members = new ArrayList<>();
    values.forEach(v -> members.add(v.get("member").asText() + "=" + v.get("value").asText()));
    return members;
  }

  @Test
  void everyDomainHasPeriods() throws Exception {
    for (String domain : IndicatorCatalog.standard().all().stream().map(Indicator::domain).distinct().toList()) {
      assertTrue(http.json("/api/v1/periods?domain=" + domain, 200).get("periods").size() > 0, domain);
    }
    JsonNode education = http.json("/api/v1/periods?domain=EDUCATION", 200).get("periods");
    assertEquals("{\"period\":\"2023/2024\",\"period_kind\":\"SCHOOL_YEAR\",\"start_date\":\"2023-07-01\","
        + "\"end_date\":\"2024-06-30\"}", education.get(0).toString());
  }

  /** The first period (in calendar order) in which the regency has a shown value of the indicator. */
  private static String firstPeriodWithANumber(Indicator indicator) throws Exception {
    for (JsonNode v : http.json("/api/v1/values?indicator=" + indicator.code() + "&area=3510", 200).get("values")) {
      if (!v.get("suppressed").asBoolean() && v.get("value").isNumber()) {
        return v.get("period").asText();
      }
    }
    throw new AssertionError("no regency value of " + indicator.code());
  }

  private static List<String> periods(JsonNode values) {
    List<String> periods = new ArrayList<>();
    values.forEach(v -> periods.add(v.get("period").asText()));
    return periods;
  }

  private static String encode(String period) {
    return URLEncoder.encode(period, StandardCharsets.UTF_8);
  }
}
