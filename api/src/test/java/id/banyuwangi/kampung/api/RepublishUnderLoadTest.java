package id.banyuwangi.kampung.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.kampung.api.SampleBuilds.Build;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12's fault: the warehouse is republished several times (three builds by the real models,
 * published in turn) while 64 clients query the API. Every answer must be exactly the answer of the
 * build its ETag names, as a server serving only that build gives it (so no answer mixes two builds
 * or carries another build's tag), and no request may fail. Each publish waits until its build was
 * served under load; each client goes on until it got an answer of the last publish.
 */
class RepublishUnderLoadTest {
  private static final int CLIENTS = 64;
  private static final List<String> PATHS = List.of(
      "/api/v1/values?indicator=SERVICE_REQUESTS&area=3510&period=2024&children=true",
      "/api/v1/values?indicator=SELF_SERVICE_SHARE&area=3510&period=2024",
      "/api/v1/charts/SERVICE_REQUESTS.svg?area=3510&period=2024",
      "/api/v1/periods?domain=PUBLIC_SERVICE");
  private static final Pattern ETAG_BUILD = Pattern.compile("W/\"(.+)\\.[0-9a-f]+\"");
  private static final List<Build> BUILDS = List.of(SampleBuilds.of(100), SampleBuilds.of(200), SampleBuilds.of(300));
  /** The builds published one after another over the served file, the first one served at start. */
  private static final List<Build> PUBLISHED = List.of(BUILDS.get(0), BUILDS.get(1), BUILDS.get(2), BUILDS.get(0),
      BUILDS.get(1), BUILDS.get(2));

  @TempDir Path dir;

  @Test
  void noErrorAndNoAnswerMixingTwoBuilds() throws Exception {
    Map<String, Map<String, byte[]>> expected = expectedAnswers();
    Path file = dir.resolve("warehouse.duckdb");
    SampleBuilds.publish(PUBLISHED.get(0), file);
    ApiServer server = ApiServer.start(file, 0);
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
    Map<String, AtomicLong> lastServedAt = new ConcurrentHashMap<>();
    AtomicLong lastPublishAt = new AtomicLong(Long.MAX_VALUE); // until the last publish: no client stops
    try {
      List<Future<Integer>> answered = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        String path = PATHS.get(c % PATHS.size());
        answered.add(clients.submit(() -> client(http, server.port(), path, expected, problems, lastServedAt,
            lastPublishAt)));
      }
      long publishedAt = System.nanoTime();
      for (int n = 1; n < PUBLISHED.size(); n++) {
        awaitServed(lastServedAt, PUBLISHED.get(n - 1).id(), publishedAt);
        Thread.sleep(100);
        SampleBuilds.publish(PUBLISHED.get(n), file);
        publishedAt = System.nanoTime(); // after the rename: a request started before it may get the previous build
      }
      lastPublishAt.set(publishedAt);
      int requests = 0;
      for (Future<Integer> f : answered) {
        requests += f.get(120, TimeUnit.SECONDS);
      }
      assertEquals(List.of(), List.copyOf(problems));
      assertTrue(requests >= 2 * CLIENTS, requests + " requests");
    } finally {
      clients.shutdownNow();
      server.stop();
    }
  }

  /** Each build's answer to each path, from a server that serves only that build. */
  private Map<String, Map<String, byte[]>> expectedAnswers() throws Exception {
    Map<String, Map<String, byte[]>> expected = new HashMap<>();
    for (Build build : BUILDS) {
      Path copy = dir.resolve("expected-" + build.file().getFileName());
      SampleBuilds.publish(build, copy);
      ApiServer alone = ApiServer.start(copy, 0, new ApiServer.Options(0, false));
      try {
        Map<String, byte[]> answers = new HashMap<>();
        for (String path : PATHS) {
          answers.put(path, new Http(alone.port()).bytes(path, "Accept-Encoding", "identity").body());
        }
        expected.put(build.id(), answers);
      } finally {
        alone.stop();
      }
    }
    return expected;
  }

  private static void awaitServed(Map<String, AtomicLong> lastServedAt, String build, long since)
      throws InterruptedException {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (lastServedAt.getOrDefault(build, new AtomicLong()).get() <= since && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
  }

  /** Requests until it got an answer that started after the last publish; returns how many it made. */
  private static int client(HttpClient http, int port, String path, Map<String, Map<String, byte[]>> expected,
      ConcurrentLinkedQueue<String> problems, Map<String, AtomicLong> lastServedAt, AtomicLong lastPublishAt) {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept-Encoding", "identity").GET().build();
    int requests = 0;
    long deadline = System.nanoTime() + 90_000_000_000L;
    while (problems.size() < 10) {
      long started = System.nanoTime();
      if (started > deadline) {
        problems.add(path + ": no answer after the last publish within 90 s");
        break;
      }
      requests++;
      try {
        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        Matcher tag = ETAG_BUILD.matcher(r.headers().firstValue("ETag").orElse(""));
        String build = tag.matches() ? tag.group(1) : "?";
        Map<String, byte[]> answers = expected.get(build);
        if (r.statusCode() != 200) {
          problems.add(path + " -> " + r.statusCode());
        } else if (answers == null || !Arrays.equals(answers.get(path), r.body())) {
          problems.add(path + ": the answer is not the one of build " + build + " its ETag names");
        } else {
          lastServedAt.computeIfAbsent(build, b -> new AtomicLong()).accumulateAndGet(started, Math::max);
          if (started > lastPublishAt.get()) {
            if (!build.equals(PUBLISHED.get(PUBLISHED.size() - 1).id())) {
              problems.add(path + ": build " + build + " served after the last publish");
            }
            break;
          }
        }
      } catch (Exception e) {
        problems.add(path + ": " + e);
      }
    }
    return requests;
  }
}
