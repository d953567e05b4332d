package id.banyuwangi.kampung.app;

import id.banyuwangi.kampung.api.FirstView;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Concurrent load against one running server, from this JVM: {@code connections} clients each
 * sending one request after another, over a small pool of {@link HttpClient}s (each keeps its
 * connections open), bounded by a duration and a request count. Every endpoint is measured on the
 * same server in the same run as the static file, so the ratios mean something on a shared machine
 * where absolute figures do not. Requests ask for gzip as a browser does; bodies are not decoded.
 */
final class LoadBench {
  /** What a load run saw. Latencies in milliseconds. */
  record Result(String name, int requests, double p50, double p99, double max, double perSecond, int failures,
      int overTwoSeconds) {}

  private static final int CLIENTS = 8;
  private static final Duration WARM_UP = Duration.ofSeconds(2);
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final String base;
  private final int connections;
  private final Duration duration;
  private final int maxRequests;
  private final List<HttpClient> clients = new ArrayList<>();

  LoadBench(int port, int connections, Duration duration, int maxRequests) {
    this.base = "http://localhost:" + port;
    this.connections = connections;
    this.duration = duration;
    this.maxRequests = maxRequests;
    for (int i = 0; i < Math.min(CLIENTS, connections); i++) {
      clients.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build());
    }
  }

  /**
   * Prints the static file, a values answer, a chart and the values answer while {@code republish}
   * runs {@code publishes} times, side by side with their p99 as a multiple of the static file's.
   * Returns the static file's result, then the values answer's.
   */
  List<Result> printComparison(int year, Runnable republish, int publishes) throws Exception {
    String code = LoadedIndicator.code();
    String values = "/api/v1/values?indicator=" + code + "&area=3510&period=" + year + "&children=true";
    String chart = "/api/v1/charts/" + code + ".png?area=3510&period=" + year;
    System.out.printf("load: %d connections, %d s per endpoint (at most %,d requests)%n", connections,
        duration.toSeconds(), maxRequests);
    System.out.printf("  %-52s %9s %9s %9s %9s %8s %6s %9s%n", "endpoint", "p50", "p99", "max", "req/s", "failures",
        ">2 s", "p99/static");
    Result file = measured("static /dashboard.css", "/dashboard.css");
    print(file, file);
    Result answer = measured("values " + code + " 3510 " + year + " children", values);
    print(answer, file);
    print(measured("chart " + code + ".png 3510 " + year, chart), file);
    print(duringRepublish(values, republish, publishes), file);
    return List.of(file, answer);
  }

  /**
   * {@code users} browsers opening the dashboard's first view again and again for the load
   * duration: each sends a stage's requests at most six at a time (a browser's connections per
   * host) and the next stage when they are answered. Prints the time a whole view takes.
   */
  void printFirstViews(FirstView view, int users) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(users);
    try {
      long started = System.nanoTime();
      long deadline = started + duration.toNanos();
      List<Future<Samples>> futures = new ArrayList<>();
      for (int u = 0; u < users; u++) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
        futures.add(pool.submit(() -> views(client, view, deadline)));
      }
      Samples all = new Samples();
      for (Future<Samples> f : futures) {
        all.add(f.get());
      }
      Result r = all.result("first view", (System.nanoTime() - started) / 1e9);
      long overOneSecond = Arrays.stream(all.sorted()).filter(ms -> ms > 1000).count();
      System.out.printf("first view: %d users, each view %d requests in %d stages: p50 %.1f ms, p99 %.1f ms, max %.0f ms,"
          + " %.1f views/s, %d failed, %d of %d over 1 s%n", users, view.requests().size(), view.stages().size(),
          r.p50(), r.p99(), r.max(), r.perSecond(), r.failures(), overOneSecond, r.requests());
      System.out.flush();
    } finally {
      pool.shutdownNow();
    }
  }

  /** One user's views until the deadline: a view fails when any of its requests does. */
  private Samples views(HttpClient client, FirstView view, long deadline) {
    Samples samples = new Samples();
    Semaphore connections = new Semaphore(6);
    while (System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
      long s = System.nanoTime();
      boolean ok = true;
      for (List<String> stage : view.stages()) {
        List<CompletableFuture<Boolean>> answers = new ArrayList<>();
        for (String path : stage) {
          connections.acquireUninterruptibly();
          HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Encoding", "gzip")
              .timeout(TIMEOUT).GET().build();
          answers.add(client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
              .handle((response, error) -> error == null && response.statusCode() == 200)
              .whenComplete((done, error) -> connections.release()));
        }
        for (CompletableFuture<Boolean> answer : answers) {
          ok &= answer.join();
        }
      }
      samples.add((System.nanoTime() - s) / 1e6, ok);
    }
    return samples;
  }

  private static void print(Result r, Result file) {
    System.out.printf("  %-52s %6.1f ms %6.1f ms %6.0f ms %9.0f %8d %6d %8.1fx%n", r.name(), r.p50(), r.p99(),
        r.max(), r.perSecond(), r.failures(), r.overTwoSeconds(), r.p99() / file.p99());
    System.out.flush();
  }

  private Result measured(String name, String path) throws Exception {
    run(name, path, WARM_UP, maxRequests); // JIT, connections and (where there is one) the cache
    return run(name, path, duration, maxRequests);
  }

  /** The load runs until every publish is done (and at least the configured duration). */
  private Result duringRepublish(String path, Runnable republish, int publishes) throws Exception {
    ExecutorService publisher = Executors.newSingleThreadExecutor();
    try {
      long started = System.nanoTime();
      Future<?> done = publisher.submit(() -> {
        for (int i = 0; i < publishes; i++) {
          republish.run();
        }
      });
      Result r = run("values during " + publishes + " republishes", path, duration, Integer.MAX_VALUE, done);
      done.get();
      return new Result(r.name() + String.format(" (%.0f s)", (System.nanoTime() - started) / 1e9), r.requests(),
          r.p50(), r.p99(), r.max(), r.perSecond(), r.failures(), r.overTwoSeconds());
    } finally {
      publisher.shutdownNow();
    }
  }

  private Result run(String name, String path, Duration length, int limit) throws Exception {
    return run(name, path, length, limit, null);
  }

  /** Runs for {@code length} or {@code limit} requests; with {@code until}, also until it is done. */
  private Result run(String name, String path, Duration length, int limit, Future<?> until) throws Exception {
    URI uri = URI.create(base + path);
    AtomicInteger issued = new AtomicInteger();
    long started = System.nanoTime();
    long deadline = started + length.toNanos();
    ExecutorService users = Executors.newFixedThreadPool(connections);
    List<Future<Samples>> futures = new ArrayList<>();
    try {
      for (int u = 0; u < connections; u++) {
        HttpClient client = clients.get(u % clients.size());
        futures.add(users.submit(() -> user(client, uri, issued, limit, deadline, until)));
      }
      Samples all = new Samples();
      for (Future<Samples> f : futures) {
        all.add(f.get());
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      return all.result(name, seconds);
    } finally {
      users.shutdownNow();
    }
  }

  private static Samples user(HttpClient client, URI uri, AtomicInteger issued, int limit, long deadline,
      Future<?> until) {
    HttpRequest request = HttpRequest.newBuilder(uri).header("Accept-Encoding", "gzip").timeout(TIMEOUT).GET().build();
    Samples samples = new Samples();
    while ((System.nanoTime() < deadline || (until != null && !until.isDone())) && issued.getAndIncrement() < limit) {
      long s = System.nanoTime();
      boolean ok;
      try {
        ok = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } catch (Exception e) {
        ok = false;
      }
      samples.add((System.nanoTime() - s) / 1e6, ok);
    }
    return samples;
  }

  /** One client's latencies, then all clients' merged. */
  private static final class Samples {
    private double[] millis = new double[1024];
    private int size;
    private int failures;

    void add(double ms, boolean ok) {
      if (size == millis.length) {
        millis = Arrays.copyOf(millis, size * 2);
      }
      millis[size++] = ms;
      failures += ok ? 0 : 1;
    }

    void add(Samples other) {
      for (int i = 0; i < other.size; i++) {
        add(other.millis[i], true);
      }
      failures += other.failures;
    }

    double[] sorted() {
      double[] sorted = Arrays.copyOf(millis, size);
      Arrays.sort(sorted);
      return sorted;
    }

    Result result(String name, double seconds) {
      double[] sorted = sorted();
      int over = (int) Arrays.stream(sorted).filter(ms -> ms > 2000).count();
      return new Result(name, size, at(sorted, 0.50), at(sorted, 0.99), size == 0 ? 0 : sorted[size - 1],
          size / seconds, failures, over);
    }

    private static double at(double[] sorted, double quantile) {
      return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.floor(quantile * sorted.length))];
    }
  }
}
