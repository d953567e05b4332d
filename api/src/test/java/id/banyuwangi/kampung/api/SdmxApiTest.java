package id.banyuwangi.kampung.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.domain.region.Area;
import id.banyuwangi.kampung.domain.region.RegionHierarchy;
import id.banyuwangi.kampung.warehouse.SampleServiceLake;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SDMX REST under /sdmx/3.0 on the real server: the structure (dataflow, data structure, codelists
 * from the real region hierarchy and catalog), and data queries by key and filters whose
 * observations equal the /api/v1/values answers for the same cells.
 */
class SdmxApiTest {
  private static final Http HTTP = SampleServer.HTTP;
  private static final String DATA = "/sdmx/3.0/data/dataflow/ID_BWI/DF_KAMPUNG/1.0/";
  private static final String DISTRICT = SampleServiceLake.FIRST_DISTRICT.code();

  @Test
  void codelistsHoldEveryAreaAndIndicator() throws Exception {
    JsonNode lists = HTTP.json("/sdmx/3.0/structure/codelist/ID_BWI", 200).at("/data/codelists");
    Map<String, JsonNode> byId = new TreeMap<>();
    lists.forEach(l -> byId.put(l.get("id").asText(), l.get("codes")));
    List<Area> areas = RegionHierarchy.banyuwangi().all();
    assertEquals(243, areas.size());
    assertEquals(areas.stream().map(Area::code).sorted().toList(), ids(byId.get("CL_AREA")).stream().sorted().toList());
    assertEquals(IndicatorCatalog.standard().all().stream().map(Indicator::code).toList(), ids(byId.get("CL_INDICATOR")));
    assertEquals(List.of("A", "AS", "AY", "M", "Q"), ids(byId.get("CL_FREQ")));
    for (String breakdown : List.of("CL_SEX", "CL_SERVICE", "CL_CHANNEL", "CL_DIMENSION")) {
      List<String> codes = ids(byId.get(breakdown));
      assertEquals("_T", codes.get(0), breakdown);
      List<String> members = IndicatorCatalog.standard().breakdown(breakdown.substring(3).toLowerCase()).orElseThrow().memberCodes();
      assertEquals(members, codes.subList(1, codes.size()), breakdown);
    }
    assertEquals(List.of("F", "A", "D"), ids(byId.get("CL_CONF_STATUS")));
    // a village names its kecamatan as parent
    JsonNode village = find(byId.get("CL_AREA"), SampleServiceLake.FIRST_DISTRICT_VILLAGES.get(0).code());
    assertEquals(DISTRICT, village.get("parent").asText());
    JsonNode one = HTTP.json("/sdmx/3.0/structure/codelist/ID_BWI/CL_SEX/1.0", 200).at("/data/codelists");
    assertEquals(1, one.size());
    assertEquals(404, HTTP.get("/sdmx/3.0/structure/codelist/ID_BWI/CL_NOPE").statusCode());
  }

  @Test
  void theDataStructureListsTheDimensionsInKeyOrder() throws Exception {
    JsonNode flow = HTTP.json("/sdmx/3.0/structure/dataflow/ID_BWI/DF_KAMPUNG/1.0", 200).at("/data/dataflows/0");
    assertEquals("urn:sdmx:org.sdmx.infomodel.datastructure.DataStructure=ID_BWI:DSD_KAMPUNG(1.0)", flow.get("structure").asText());
    JsonNode dsd = HTTP.json("/sdmx/3.0/structure/datastructure/ID_BWI?references=children", 200).at("/data");
    List<String> dims = dimensions();
    assertEquals(List.of("FREQ", "REF_AREA", "INDICATOR", "SEX", "SERVICE", "CHANNEL"), dims.subList(0, 6));
    assertEquals("TIME_PERIOD", dsd.at("/dataStructures/0/dataStructureComponents/dimensionList/timeDimensions/0/id").asText());
    List<String> attributes = new ArrayList<>();
    dsd.at("/dataStructures/0/dataStructureComponents/attributeList/attributes").forEach(a -> attributes.add(a.get("id").asText()));
    assertEquals(List.of("OBS_STATUS", "CONF_STATUS", "UNIT_MEASURE", "UNIT_MULT", "DECIMALS"), attributes);
    assertTrue(dsd.get("codelists").size() >= dims.size(), "references=children brings the codelists");
    // the SDMX-CSV columns follow the same order
    String header = HTTP.get(DATA + key(Map.of("FREQ", "A", "REF_AREA", "3510", "INDICATOR", "SERVICE_REQUESTS"))
        + "?format=sdmx-csv").body().lines().findFirst().orElseThrow();
    assertEquals("STRUCTURE,STRUCTURE_ID,ACTION," + String.join(",", dims)
        + ",TIME_PERIOD,OBS_VALUE,OBS_STATUS,CONF_STATUS,UNIT_MEASURE,UNIT_MULT,DECIMALS", header);
  }

  @Test
  void aKeyedQueryEqualsTheValuesAnswer() throws Exception {
    String key = key(Map.of("FREQ", "A", "REF_AREA", DISTRICT + "+" + SampleServiceLake.FIRST_DISTRICT_VILLAGES.get(0).code(),
        "INDICATOR", "SELF_SERVICE_SHARE"));
    Map<String, String> sdmx = observations(HTTP.get(DATA + key + "?format=sdmx-csv&startPeriod=2024&endPeriod=2024").body());
    Map<String, String> json = new TreeMap<>();
    for (String area : List.of(DISTRICT, SampleServiceLake.FIRST_DISTRICT_VILLAGES.get(0).code())) {
      for (JsonNode v : HTTP.json("/api/v1/values?indicator=SELF_SERVICE_SHARE&period=2024&area=" + area, 200).get("values")) {
        json.put(area + "|2024|_T", v.get("value").isNull() ? "" : Double.toString(v.get("value").asDouble()));
      }
    }
    assertEquals(json, sdmx);
  }

  @Test
  void filtersByComponentAndTimeEqualTheValuesAnswer() throws Exception {
    String url = DATA + "*?format=sdmx-csv&c[INDICATOR]=SERVICE_REQUESTS&c[REF_AREA]=3510&c[FREQ]=M"
        + "&c[CHANNEL]=KIOSK&c[TIME_PERIOD]=ge:2024-01+le:2024-03";
    Map<String, String> sdmx = observations(HTTP.get(url.replace("+", "%2B")).body());
    Map<String, String> json = new TreeMap<>();
    for (JsonNode v : HTTP.json("/api/v1/values?indicator=SERVICE_REQUESTS&area=3510&by=channel", 200).get("values")) {
      String period = v.get("period").asText();
      if (v.get("member").asText().equals("KIOSK") && List.of("2024-01", "2024-02", "2024-03").contains(period)) {
        json.put("3510|" + period + "|KIOSK", v.get("value").isNull() ? "" : Double.toString(v.get("value").asDouble()));
      }
    }
    assertFalse(json.isEmpty());
    assertEquals(json, sdmx);
  }

  @Test
  void allDimensionsAtObservationKeysEveryObservation() throws Exception {
    String key = key(Map.of("REF_AREA", "3510", "INDICATOR", "SERVICE_REQUESTS"));
    JsonNode series = HTTP.json(DATA + key + "?format=sdmx-json", 200).at("/data/dataSets/0");
    JsonNode flat = HTTP.json(DATA + key + "?format=sdmx-json&dimensionAtObservation=AllDimensions", 200).at("/data/dataSets/0");
    int[] inSeries = {0};
    series.get("series").forEach(s -> inSeries[0] += s.get("observations").size());
    assertEquals(inSeries[0], flat.get("observations").size());
    assertEquals(dimensions().size() + 1, flat.get("observations").fieldNames().next().split(":").length);
  }

  @Test
  void updatedAfterTheBuildHasNothingNewer() throws Exception {
    String key = key(Map.of("REF_AREA", "3510", "INDICATOR", "SERVICE_REQUESTS"));
    assertEquals(200, HTTP.get(DATA + key + "?updatedAfter=2000-01-01T00:00:00Z").statusCode());
    HttpResponse<String> none = HTTP.get(DATA + key + "?updatedAfter=2999-01-01T00:00:00Z");
    assertEquals(404, none.statusCode());
    assertEquals("application/problem+json", none.headers().firstValue("Content-Type").orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      DATA + "A.3510?format=sdmx-csv",
      DATA + "*?c[REF_AREA]=9999",
      DATA + "*?c[INDICATOR]=NOPE%27%3B--",
      DATA + "*?startPeriod=yesterday",
      DATA + "*?c[TIME_PERIOD]=between:2024",
      DATA + "*?dimensionAtObservation=REF_AREA",
      DATA + "*?updatedAfter=soon",
      DATA + "*?format=xml",
  })
  void badDataQueriesAre400(String url) throws Exception {
    JsonNode problem = HTTP.json(url, 400);
    assertTrue(problem.get("detail").asText().length() > 10, problem.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/sdmx/3.0/data/dataflow/OTHER/DF_KAMPUNG/1.0/*",
      "/sdmx/3.0/data/dataflow/ID_BWI/DF_OTHER/1.0/*",
      "/sdmx/3.0/data/dataflow/ID_BWI/DF_KAMPUNG/9.9/*",
      "/sdmx/3.0/structure/conceptscheme/ID_BWI",
  })
  void unknownArtefactsAre404(String url) throws Exception {
    assertEquals(404, HTTP.json(url, 404).get("status").asInt());
  }

  /** The key of the given dimension values, every other dimension the total {@code _T} (FREQ, REF_AREA, INDICATOR: any). */
  private static String key(Map<String, String> values) throws Exception {
    List<String> positions = new ArrayList<>();
    for (String d : dimensions()) {
      positions.add(values.getOrDefault(d, List.of("FREQ", "REF_AREA", "INDICATOR").contains(d) ? "" : "_T"));
    }
    return String.join(".", positions).replace("+", "%2B");
  }

  private static List<String> dimensions() throws Exception {
    List<String> dims = new ArrayList<>();
    HTTP.json("/sdmx/3.0/structure/datastructure/ID_BWI/DSD_KAMPUNG/latest", 200)
        .at("/data/dataStructures/0/dataStructureComponents/dimensionList/dimensions").forEach(d -> dims.add(d.get("id").asText()));
    return dims;
  }

  /** SDMX-CSV observations as {@code REF_AREA|TIME_PERIOD|CHANNEL -> OBS_VALUE}. */
  private static Map<String, String> observations(String csv) throws Exception {
    Map<String, String> obs = new TreeMap<>();
    try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))) {
      for (CSVRecord r : parser) {
        obs.put(r.get("REF_AREA") + "|" + r.get("TIME_PERIOD") + "|" + r.get("CHANNEL"), r.get("OBS_VALUE"));
      }
    }
    return obs;
  }

  private static List<String> ids(JsonNode codes) {
    List<String> ids = new ArrayList<>();
    codes.forEach(c -> ids.add(c.get("id").asText()));
    return Collections.unmodifiableList(ids);
  }

  private static JsonNode find(JsonNode codes, String id) {
    for (JsonNode c : codes) {
      if (c.get("id").asText().equals(id)) {
        return c;
      }
    }
    throw new AssertionError("no code " + id);
  }
}
