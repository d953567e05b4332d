package id.banyuwangi.kampung.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import id.banyuwangi.kampung.reports.TestWarehouse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12's fault: the warehouse is republished several times while 64 clients query the API.
 * Build n holds the number 1000 (n + 1) + 7 for the regency and every kecamatan, so each answer tells
 * which build it came from: every answer must be one build's whole (its ETag naming the same
 * build), no request may fail, and no client may see a build older than one it saw before. Each
 * build is replaced only once it was served, and each client goes on until it got the last one.
 */
class RepublishUnderLoadTest {
  private static final int CLIENTS = 64;
  private static final int PUBLISHES = 5;
  private static final String VALUES = "/api/v1/values?indicator=SERVICE_REQUESTS&area=3510&period=2024&children=true";
  private static final String CHART = "/api/v1/charts/SERVICE_REQUESTS.svg?area=3510&period=2024";
  private static final Pattern ETAG_BUILD = Pattern.compile("W/\"build-(\\d+)\\..*");
  private static final Pattern SVG_NUMBER = Pattern.compile(">(\\d)\\.007<");

  @TempDir Path dir;

  @Test
  void noErrorAndNoAnswerMixingTwoBuilds() throws Exception {
    Path file = dir.resolve("warehouse.duckdb");
    List<Path> builds = new ArrayList<>();
    for (int n = 0; n <= PUBLISHES; n++) {
      Path b = dir.resolve("build-" + n + ".duckdb");
      TestWarehouse.create(b, "build-" + n, CachedAnswersTest.everywhere(1000.0 * (n + 1) + 7));
      builds.add(b);
    }
    Files.move(builds.get(0), file);
    ApiServer server = ApiServer.start(file, 0);
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
    Set<Integer> seen = new ConcurrentSkipListSet<>();
    try {
      List<Future<Integer>> answered = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        String path = c % 4 == 3 ? CHART : VALUES;
        answered.add(clients.submit(() -> client(http, server.port(), path, problems, seen)));
      }
      for (int n = 1; n <= PUBLISHES; n++) {
        awaitServed(seen, n - 1); // each build is served under load before the next replaces it
        Thread.sleep(200);
        Files.move(builds.get(n), file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      }
      int requests = 0;
      for (Future<Integer> f : answered) {
        requests += f.get(90, TimeUnit.SECONDS);
      }
      assertEquals(List.of(), List.copyOf(problems));
      assertEquals(PUBLISHES + 1, seen.size(), "every build was served: " + seen);
      assertTrue(requests >= 2 * CLIENTS, requests + " requests");
    } finally {
      clients.shutdownNow();
      server.stop();
    }
  }

  private static void awaitServed(Set<Integer> seen, int build) throws InterruptedException {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (!seen.contains(build) && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
  }

  /** Requests until it got an answer of the last build; returns how many it made. */
  private static int client(HttpClient http, int port, String path, ConcurrentLinkedQueue<String> problems,
      Set<Integer> seen) {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept-Encoding", "identity").GET().build();
    int latest = -1;
    int requests = 0;
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (latest < PUBLISHES && problems.size() < 10) {
      if (System.nanoTime() > deadline) {
        problems.add(path + ": no answer of the last build after 60 s");
        break;
      }
      requests++;
      try {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) {
          problems.add(path + " -> " + r.statusCode() + ": " + r.body());
          continue;
        }
        Matcher tag = ETAG_BUILD.matcher(r.headers().firstValue("ETag").orElse(""));
        int build = tag.matches() ? Integer.parseInt(tag.group(1)) : -1;
        Set<Integer> inBody = path.equals(CHART) ? chartBuilds(r.body()) : valueBuilds(r.body());
        if (!inBody.equals(Set.of(build))) {
          problems.add(path + ": ETag of build " + build + ", numbers of builds " + inBody);
        } else if (build < latest) {
          problems.add(path + ": build " + build + " after build " + latest);
        }
        latest = Math.max(latest, build);
        seen.add(build);
      } catch (Exception e) {
        problems.add(path + ": " + e);
      }
    }
    return requests;
  }

  /** The builds the 25 kecamatan values belong to (value = 1000 (n + 1) + 7). */
  private static Set<Integer> valueBuilds(String body) throws Exception {
    JsonNode values = Http.JSON.readTree(body).get("values");
    Set<Integer> builds = new TreeSet<>();
    for (JsonNode v : values) {
      builds.add((int) ((v.get("value").asDouble() - 7) / 1000) - 1);
    }
    return values.size() == 25 ? builds : Set.of(-values.size());
  }

  /** The builds of the bar labels of the chart ("3.007" is build 2). */
  private static Set<Integer> chartBuilds(String svg) {
    Set<Integer> builds = new TreeSet<>();
    Matcher m = SVG_NUMBER.matcher(svg);
    while (m.find()) {
      builds.add(Integer.parseInt(m.group(1)) - 1);
    }
    return builds;
  }
}
