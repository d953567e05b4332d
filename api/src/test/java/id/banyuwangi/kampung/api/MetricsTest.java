package id.banyuwangi.kampung.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.kampung.warehouse.LakeRecords;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code /metrics} on the server of every source: Prometheus's text format, requests by route
 * template (never by URL), and the served build's lake and ingest figures as the lake records them.
 */
class MetricsTest {
  private static final Http http = AllSourcesServer.HTTP;

  @Test
  void metricsCountRequestsByRouteAndGiveTheServedBuildsFigures() throws Exception {
    for (int i = 0; i < 3; i++) {
      assertEquals(200, http.get("/api/v1/values?indicator=SERVICE_REQUESTS&area=3510&period=2024").statusCode());
    }
    assertEquals(404, http.get("/api/v1/values/nothing").statusCode());
    HttpResponse<String> metrics = http.get("/metrics");
    assertEquals(200, metrics.statusCode());
    assertTrue(metrics.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain; version=0.0.4"));
    String text = metrics.body();

    assertTrue(value(text, "kampung_http_requests_seconds_count", "method=\"GET\",route=\"/api/v1/values\",status=\"200\"") >= 3, text);
    assertTrue(value(text, "kampung_http_requests_seconds_count", "method=\"GET\",route=\"unmatched\",status=\"404\"") >= 1);
    assertFalse(text.contains("indicator=") || text.contains("SERVICE_REQUESTS"), "a query is never a label");
    assertTrue(value(text, "kampung_answers_computed_total", "route=\"values\"") >= 1);
    assertEquals(1, value(text, "kampung_builds_published_total", null));

    assertEquals(LakeRecords.KIOSK_LINES, value(text, "kampung_ingest_lines", "outcome=\"read\",source=\"kiosk\""));
    assertEquals(LakeRecords.KIOSK_QUARANTINED, value(text, "kampung_ingest_lines", "outcome=\"quarantined\",source=\"kiosk\""));
    assertEquals(LakeRecords.KIOSK_DUPLICATES, value(text, "kampung_ingest_lines", "outcome=\"duplicate\",source=\"kiosk\""));
    assertEquals(1, value(text, "kampung_ingest_runs", "source=\"kiosk\""));
    assertEquals(2, value(text, "kampung_build_lake_files", "table=\"quarantine/records\""), "the test lake writes its quarantine in two files");
    assertTrue(value(text, "kampung_build_lake_rows", "table=\"silver/kiosk_events\"") > 0);
    assertTrue(value(text, "kampung_build_cells", "domain=\"PUBLIC_SERVICE\"") > 0);
    assertTrue(text.contains("kampung_build_cells_hidden{domain=\"HEALTH\",suppression=\"primary\"}"), text);
    assertTrue(text.contains("jvm_memory_used_bytes"), "the JVM's figures too");
  }

  /** The sample of {@code name} with exactly {@code labels} (null: none). */
  private static double value(String text, String name, String labels) {
    String series = labels == null ? Pattern.quote(name) : Pattern.quote(name + "{" + labels + "}");
    Matcher m = Pattern.compile("(?m)^" + series + " (\\S+)$").matcher(text);
    assertTrue(m.find(), name + "{" + labels + "} not in\n" + text);
    return Double.parseDouble(m.group(1));
  }
}
