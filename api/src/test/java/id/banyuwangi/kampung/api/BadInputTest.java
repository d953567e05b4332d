package id.banyuwangi.kampung.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of hostile and malformed input (SQL and path injection, oversize and malformed
 * parameters, unknown codes, bad UTF-8, huge limits) on every data route: each a 4xx RFC 9457
 * problem with a detail, never a 500 and never data.
 */
class BadInputTest {
  private static final Http HTTP = SampleServer.HTTP;
  private static final String V = "/api/v1/values?indicator=SERVICE_REQUESTS&area=3510";
  private static final String D = "/sdmx/3.0/data/dataflow/ID_BWI/DF_KAMPUNG/1.0/";

  static List<String> corpus() {
    String huge = "9".repeat(20_000);
    List<String> urls = new ArrayList<>(List.of(
        V + "&period=2024%27%20OR%201%3D1--",
        V + "&by=channel%3BDROP%20TABLE%20dim_region",
        V + "&format=..%2F..%2Fetc%2Fpasswd",
        V + "&limit=99999999999999999999",
        V + "&limit=-1",
        V + "&limit=0",
        V + "&limit=1&cursor=" + "A".repeat(500),
        V + "&cursor=eHl6OjE",
        V + "&asOf=..%2F..%2Fwarehouse",
        V + "&asOf=" + "x".repeat(100),
        V + "&suppression=maybe",
        V + "&period=%C3%28",
        V + "&period=" + huge,
        "/api/v1/values?indicator=%00&area=3510",
        "/api/v1/values?indicator=SERVICE_REQUESTS&area=..%2F..%2F3510",
        "/api/v1/areas/%2E%2E%2F%2E%2E%2Fetc",
        "/api/v1/charts/..%2F..%2Fpom.xml",
        "/api/v1/export?indicator=SERVICE_REQUESTS&level=%27%3B--",
        "/api/v1/export?indicator=SERVICE_REQUESTS&format=xlsx",
        D + "A.3510.SERVICE_REQUESTS%27--._T._T._T._T._T._T",
        D + "A.3510",
        D + huge.substring(0, 3000),
        D + "*?c%5BREF_AREA%5D=3510%27%20OR%201%3D1",
        D + "*?c%5BTIME_PERIOD%5D=ge:%27",
        D + "*?startPeriod=2024-13",
        D + "*?endPeriod=%C3%28",
        "/sdmx/3.0/structure/codelist/ID_BWI/..%2F..%2Fetc",
        "/sdmx/3.0/structure/datastructure/ID_BWI?references=%27"));
    return urls;
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void everyBadInputIsAProblemNeverA500(String url) throws Exception {
    HttpResponse<String> response = HTTP.get(url);
    int status = response.statusCode();
    assertTrue(status >= 400 && status < 500, status + " " + url + ": " + response.body());
    assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""), url);
    JsonNode problem = Http.JSON.readTree(response.body());
    assertEquals(status, problem.get("status").asInt());
    assertTrue(problem.get("detail").asText().length() > 5, problem.toString());
  }
}
