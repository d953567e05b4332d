package id.banyuwangi.kampung.api;

import static id.banyuwangi.kampung.reports.TestWarehouse.count;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.kampung.reports.SampleValues;
import id.banyuwangi.kampung.reports.TestWarehouse;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-build answer cache through a real server on a real warehouse file. */
class CachedAnswersTest {
  private static final List<String> REQUESTS = List.of(
      "/api/v1/values?indicator=SELF_SERVICE_SHARE&area=3510&period=2024",
      "/api/v1/values?indicator=SERVICE_REQUESTS&area=3510",
      "/api/v1/values?indicator=REJECTION_RATE&area=3510&period=2024&children=true",
      "/api/v1/values?indicator=SELF_SERVICE_SHARE&area=" + SampleValues.FIRST_DISTRICT.code() + "&period=2024&children=true",
      "/api/v1/charts/SELF_SERVICE_SHARE.png?area=3510&period=2024",
      "/api/v1/charts/SELF_SERVICE_SHARE.svg?area=3510&period=2024",
      "/api/v1/charts/SERVICE_REQUESTS.svg?area=3510",
      "/api/v1/periods?domain=PUBLIC_SERVICE",
      "/api/v1/indicators",
      "/api/v1/areas/3510");
  private static final ApiServer.Options UNCACHED = new ApiServer.Options(0, false);
  private static final ApiServer.Options COLD = new ApiServer.Options(64L << 20, false);

  @TempDir Path dir;
  private final List<ApiServer> servers = new ArrayList<>();

  @AfterEach
  void stop() {
    servers.forEach(ApiServer::stop);
  }

  @Test
  void aCachedAnswerIsByteIdenticalToAnUncachedOne() throws Exception {
    Path file = warehouse(SampleValues.rows());
    ApiServer cached = serve(file, COLD);
    ApiServer uncached = serve(file, UNCACHED);
    Http fromCache = new Http(cached.port());
    Http computed = new Http(uncached.port());
    for (String request : REQUESTS) {
      fromCache.bytes(request); // now cached
      long before = cached.cache().computed(route(request));
      HttpResponse<byte[]> hit = fromCache.bytes(request);
      assertEquals(before, cached.cache().computed(route(request)), request + " came from the cache");
      HttpResponse<byte[]> fresh = computed.bytes(request);
      assertEquals(200, hit.statusCode(), request);
      assertEquals(200, fresh.statusCode(), request);
      assertEquals(fresh.headers().firstValue("Content-Type"), hit.headers().firstValue("Content-Type"), request);
      assertArrayEquals(fresh.body(), hit.body(), request);
    }
    assertTrue(uncached.cache().computed("values") >= 4, "the uncached server computed every answer");
  }

  @Test
  void aMatchingIfNoneMatchIs304WithoutABodyUntilTheNextBuild() throws Exception {
    Path file = warehouse(everywhere(1234));
    ApiServer server = serve(file, COLD);
    Http http = new Http(server.port());
    String values = "/api/v1/values?indicator=SERVICE_REQUESTS&area=3510&period=2024";
    HttpResponse<byte[]> first = http.bytes(values);
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertTrue(etag.startsWith("W/\"build-1."), etag);
    assertEquals("public, no-cache", first.headers().firstValue("Cache-Control").orElseThrow());
    assertEquals("Accept-Encoding", first.headers().firstValue("Vary").orElseThrow());

    HttpResponse<byte[]> again = http.bytes(values, "If-None-Match", etag);
    assertEquals(304, again.statusCode());
    assertEquals(0, again.body().length);
    assertEquals(etag, again.headers().firstValue("ETag").orElseThrow());
    assertEquals(304, http.bytes(values, "If-None-Match", "W/\"other\", " + etag).statusCode());
    assertEquals(304, http.bytes(values, "If-None-Match", etag.substring(2)).statusCode(), "compared weakly");
    assertEquals(304, http.bytes(values, "If-None-Match", "*").statusCode());
    assertEquals(200, http.bytes(values, "If-None-Match", "W/\"build-1.000\"").statusCode());
    String otherQuery = http.bytes(values + "&children=false&unknown=1").headers().firstValue("ETag").orElseThrow();
    assertEquals(etag, otherQuery, "the same canonical query has the same tag");
    assertNotEquals(etag, http.bytes(values.replace("2024", "2023")).headers().firstValue("ETag").orElseThrow());

    publish(file, "build-2", 5678);
    HttpResponse<byte[]> after = http.bytes(values, "If-None-Match", etag);
    assertEquals(200, after.statusCode(), "the old tag does not match the new build");
    assertTrue(after.headers().firstValue("ETag").orElseThrow().startsWith("W/\"build-2."));
    assertTrue(new String(after.body(), StandardCharsets.UTF_8).contains("\"value\":5678.0"));
  }

  @Test
  void afterARepublishNoAnswerFromTheOldBuildIsServed() throws Exception {
    Path file = warehouse(everywhere(1234));
    ApiServer server = serve(file, COLD);
    Http http = new Http(server.port());
    String values = "/api/v1/values?indicator=SERVICE_REQUESTS&area=3510&period=2024&children=true";
    String chart = "/api/v1/charts/SERVICE_REQUESTS.svg?area=3510&period=2024";
    assertTrue(text(http, values).contains("\"value\":1234.0"));
    assertTrue(text(http, chart).contains(">1.234<"));

    publish(file, "build-2", 5678);
    String newValues = text(http, values);
    String newChart = text(http, chart);
    assertTrue(newValues.contains("\"value\":5678.0") && !newValues.contains("1234"), newValues);
    assertTrue(newChart.contains(">5.678<") && !newChart.contains("1.234"), "the chart is the new build's");
    assertEquals(2, server.cache().computed("charts"), "rendered once per build");
  }

  @Test
  void concurrentFirstRequestsForOneChartRenderItOnce() throws Exception {
    Path file = warehouse(SampleValues.rows());
    ApiServer server = serve(file, COLD);
    ExecutorService clients = Executors.newFixedThreadPool(32);
    try {
      Http http = new Http(server.port());
      String chart = "/api/v1/charts/SELF_SERVICE_SHARE.png?area=3510&period=2024";
      CountDownLatch go = new CountDownLatch(1);
      List<Future<HttpResponse<byte[]>>> answers = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        answers.add(clients.submit(() -> {
          go.await();
          return http.bytes(chart);
        }));
      }
      go.countDown();
      byte[] first = answers.get(0).get(30, TimeUnit.SECONDS).body();
      for (Future<HttpResponse<byte[]>> answer : answers) {
        HttpResponse<byte[]> r = answer.get(30, TimeUnit.SECONDS);
        assertEquals(200, r.statusCode());
        assertArrayEquals(first, r.body());
      }
      assertEquals(1, server.cache().computed("charts"), "32 clients at once, one render");
      http.png("/api/v1/charts/SELF_SERVICE_SHARE.png?area=3510&period=2024&area=3510");
      assertEquals(1, server.cache().computed("charts"));
      http.bytes("/api/v1/charts/SELF_SERVICE_SHARE.svg?area=3510&period=2024");
      assertEquals(2, server.cache().computed("charts"), "the SVG is another answer");
    } finally {
      clients.shutdownNow();
    }
  }

  @Test
  void badRequestsAreRefusedBeforeAnythingIsReadOrKept() throws Exception {
    Path file = warehouse(SampleValues.rows());
    ApiServer server = serve(file, COLD);
    Http http = new Http(server.port());
    assertEquals(400, http.bytes("/api/v1/values?indicator=NOPE&area=3510").statusCode());
    assertEquals(400, http.bytes("/api/v1/charts/SERVICE_REQUESTS.gif?area=3510").statusCode());
    HttpResponse<byte[]> bad = http.bytes("/api/v1/values?indicator=SERVICE_REQUESTS&area=3510&period=2024-Q9");
    assertEquals(400, bad.statusCode());
    assertFalse(bad.headers().firstValue("ETag").isPresent());
    assertEquals(0, server.cache().computed("values") + server.cache().computed("charts"));
  }

  private Path warehouse(List<TestWarehouse.Row> rows) throws Exception {
    Path file = dir.resolve("warehouse.duckdb");
    TestWarehouse.create(file, "build-1", rows);
    return file;
  }

  private ApiServer serve(Path file, ApiServer.Options options) {
    ApiServer server = ApiServer.start(file, 0, options);
    servers.add(server);
    return server;
  }

  private static String route(String request) {
    return request.split("[/?]")[3];
  }

  private static String text(Http http, String request) throws Exception {
    HttpResponse<byte[]> r = http.bytes(request);
    assertEquals(200, r.statusCode(), request);
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  /** SERVICE_REQUESTS in 2024 = {@code value} for the regency and every kecamatan: each build its own number. */
  static List<TestWarehouse.Row> everywhere(double value) {
    List<TestWarehouse.Row> rows = new ArrayList<>();
    rows.add(count("SERVICE_REQUESTS", "3510", "2024", value));
    SampleValues.DISTRICTS.forEach(d -> rows.add(count("SERVICE_REQUESTS", d.code(), "2024", value)));
    return rows;
  }

  /** Builds beside {@code file} and renames over it, as a warehouse build publishes. */
  private void publish(Path file, String buildId, double value) throws Exception {
    Path next = dir.resolve(buildId + ".building");
    TestWarehouse.create(next, buildId, everywhere(value));
    Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }
}
