package id.banyuwangi.kampung.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.kampung.api.SampleBuilds.Build;
import id.banyuwangi.kampung.warehouse.SampleServiceLake;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-build answer cache through a real server on warehouses built by the real models. */
class CachedAnswersTest {
  private static final List<String> REQUESTS = List.of(
      "/api/v1/values?indicator=SELF_SERVICE_SHARE&area=3510&period=2024",
      "/api/v1/values?indicator=SERVICE_REQUESTS&area=3510",
      "/api/v1/values?indicator=REJECTION_RATE&area=3510&period=2024&children=true",
      "/api/v1/values?indicator=SERVICE_REQUESTS&area=3510&period=2024&by=channel",
      "/api/v1/values?indicator=SELF_SERVICE_SHARE&area=" + SampleServiceLake.FIRST_DISTRICT.code()
          + "&period=2024&children=true",
      "/api/v1/charts/SELF_SERVICE_SHARE.png?area=3510&period=2024",
      "/api/v1/charts/SELF_SERVICE_SHARE.svg?area=3510&period=2024",
      "/api/v1/charts/SERVICE_REQUESTS.svg?area=3510",
      "/api/v1/periods?domain=PUBLIC_SERVICE",
      "/api/v1/indicators",
      "/api/v1/areas/3510");
  private static final String VALUES = "/api/v1/values?indicator=SERVICE_REQUESTS&area=3510&period=2024";
  private static final ApiServer.Options UNCACHED = new ApiServer.Options(0, false);
  private static final ApiServer.Options COLD = new ApiServer.Options(64L << 20, false);
  static final Build small = SampleBuilds.of(100);
  static final Build large = SampleBuilds.of(300);

  @TempDir Path dir;
  private final List<ApiServer> servers = new ArrayList<>();

  @AfterEach
  void stop() {
    servers.forEach(ApiServer::stop);
  }

  @Test
  void aCachedAnswerIsByteIdenticalToAnUncachedOne() throws Exception {
    ApiServer cached = serve(large, COLD);
    ApiServer uncached = serve(large, UNCACHED);
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
    assertTrue(uncached.cache().computed("values") >= 5, "the uncached server computed every answer");
  }

  @Test
  void aMatchingIfNoneMatchIs304WithoutABodyUntilTheNextBuild() throws Exception {
    Path file = dir.resolve("warehouse.duckdb");
    SampleBuilds.publish(small, file);
    Http http = new Http(serve(file, COLD).port());
    HttpResponse<byte[]> first = http.bytes(VALUES);
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertTrue(etag.startsWith("W/\"" + small.id() + "."), etag);
    assertEquals("public, no-cache", first.headers().firstValue("Cache-Control").orElseThrow());
    assertEquals("Accept, Accept-Encoding", first.headers().firstValue("Vary").orElseThrow());

    HttpResponse<byte[]> again = http.bytes(VALUES, "If-None-Match", etag);
    assertEquals(304, again.statusCode());
    assertEquals(0, again.body().length);
    assertEquals(etag, again.headers().firstValue("ETag").orElseThrow());
    assertEquals(304, http.bytes(VALUES, "If-None-Match", "W/\"other\", " + etag).statusCode());
    assertEquals(304, http.bytes(VALUES, "If-None-Match", etag.substring(2)).statusCode(), "compared weakly");
    assertEquals(304, http.bytes(VALUES, "If-None-Match", "*").statusCode());
    assertEquals(200, http.bytes(VALUES, "If-None-Match", "W/\"" + small.id() + ".000\"").statusCode());
    String sameQuery = http.bytes(VALUES + "&children=false&unknown=1").headers().firstValue("ETag").orElseThrow();
    assertEquals(etag, sameQuery, "the same canonical query has the same tag");
    assertNotEquals(etag, http.bytes(VALUES.replace("2024", "2023")).headers().firstValue("ETag").orElseThrow());

    SampleBuilds.publish(large, file);
    HttpResponse<byte[]> after = http.bytes(VALUES, "If-None-Match", etag);
    assertEquals(200, after.statusCode(), "the old tag does not match the new build");
    assertTrue(after.headers().firstValue("ETag").orElseThrow().startsWith("W/\"" + large.id() + "."));
    assertTrue(text(after).contains("\"value\":" + large.regencyRequests2024() + ","), text(after));
  }

  /** The page's files come from memory, compressed once: the same bytes as the jar's, a strong tag, a 304. */
  @Test
  void thePagesFilesAreServedAsTheyAreWithAStrongTag() throws Exception {
    Http http = new Http(serve(small, COLD).port());
    for (String name : List.of("index.html", "dashboard.css", "dashboard.js", "favicon.svg")) {
      byte[] expected;
      try (var in = getClass().getResourceAsStream("/public/" + name)) {
        expected = in.readAllBytes();
      }
      String path = name.equals("index.html") ? "/" : "/" + name;
      HttpResponse<byte[]> plain = http.bytes(path);
      assertEquals(200, plain.statusCode(), path);
      assertArrayEquals(expected, plain.body(), path);
      HttpResponse<byte[]> gzipped = http.bytes(path, "Accept-Encoding", "gzip");
      if (expected.length > 1500) {
        assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElseThrow(), path);
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped.body()))) {
          assertArrayEquals(expected, in.readAllBytes(), path + " unzipped");
        }
      }
      String etag = plain.headers().firstValue("ETag").orElseThrow();
      assertFalse(etag.startsWith("W/"), "the same bytes in every encoding: " + etag);
      assertEquals(etag, gzipped.headers().firstValue("ETag").orElseThrow());
      assertEquals(304, http.bytes(path, "If-None-Match", etag).statusCode(), path);
    }
    assertTrue(http.get("/").headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
    assertTrue(http.get("/dashboard.js").headers().firstValue("Content-Type").orElseThrow().startsWith("text/javascript"));
  }

  @Test
  void afterARepublishNoAnswerFromTheOldBuildIsServed() throws Exception {
    List<String> requests = List.of(VALUES + "&children=true", "/api/v1/charts/SERVICE_REQUESTS.svg?area=3510&period=2024");
    Http fromLarge = new Http(serve(large, UNCACHED).port());
    Path file = dir.resolve("warehouse.duckdb");
    SampleBuilds.publish(small, file);
    ApiServer server = serve(file, COLD);
    Http http = new Http(server.port());
    List<byte[]> before = new ArrayList<>();
    for (String request : requests) {
      before.add(http.bytes(request).body());
    }
    SampleBuilds.publish(large, file);
    for (int i = 0; i < requests.size(); i++) {
      byte[] after = http.bytes(requests.get(i)).body();
      assertFalse(Arrays.equals(before.get(i), after), requests.get(i) + " changed with the build");
      assertArrayEquals(fromLarge.bytes(requests.get(i)).body(), after, requests.get(i) + " is the new build's");
    }
    assertEquals(2, server.cache().computed("charts"), "rendered once per build");
  }

  @Test
  void concurrentFirstRequestsForOneChartRenderItOnce() throws Exception {
    ApiServer server = serve(large, COLD);
    Http http = new Http(server.port());
    String chart = "/api/v1/charts/SELF_SERVICE_SHARE.png?area=3510&period=2024";
    ExecutorService clients = Executors.newFixedThreadPool(32);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<HttpResponse<byte[]>>> answers = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        answers.add(clients.submit(() -> {
          go.await();
          return http.bytes(chart);
        }));
      }
      go.countDown();
      byte[] first = answers.get(0).get(60, TimeUnit.SECONDS).body();
      for (Future<HttpResponse<byte[]>> answer : answers) {
        HttpResponse<byte[]> r = answer.get(60, TimeUnit.SECONDS);
        assertEquals(200, r.statusCode());
        assertArrayEquals(first, r.body());
      }
    } finally {
      clients.shutdownNow();
    }
    assertEquals(1, server.cache().computed("charts"), "32 clients at once, one render");
    http.png(chart + "&area=3510");
    assertEquals(1, server.cache().computed("charts"));
    http.bytes(chart.replace(".png", ".svg"));
    assertEquals(2, server.cache().computed("charts"), "the SVG is another answer");
  }

  @Test
  void badRequestsAreRefusedBeforeAnythingIsReadOrKept() throws Exception {
    ApiServer server = serve(small, COLD);
    Http http = new Http(server.port());
    assertEquals(400, http.bytes("/api/v1/values?indicator=NOPE&area=3510").statusCode());
    assertEquals(400, http.bytes("/api/v1/charts/SERVICE_REQUESTS.gif?area=3510").statusCode());
    HttpResponse<byte[]> bad = http.bytes(VALUES.replace("2024", "2024-Q9"));
    assertEquals(400, bad.statusCode());
    assertFalse(bad.headers().firstValue("ETag").isPresent());
    assertEquals(0, server.cache().computed("values") + server.cache().computed("charts"));
  }

  /** A server on its own copy of {@code build}. */
  private ApiServer serve(Build build, ApiServer.Options options) throws Exception {
    Path file = dir.resolve(servers.size() + "-" + build.file().getFileName());
    SampleBuilds.publish(build, file);
    return serve(file, options);
  }

  private ApiServer serve(Path file, ApiServer.Options options) {
    ApiServer server = ApiServer.start(file, 0, options);
    servers.add(server);
    return server;
  }

  private static String route(String request) {
    return request.split("[/?]")[3];
  }

  private static String text(HttpResponse<byte[]> r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }
}
