package id.banyuwangi.kampung.app.watch;

import id.banyuwangi.kampung.api.ApiServer;
import id.banyuwangi.kampung.domain.person.Pseudonymizer;
import id.banyuwangi.kampung.domain.progress.Progress;
import id.banyuwangi.kampung.ingestion.IngestJob;
import id.banyuwangi.kampung.ingestion.IngestOptions;
import id.banyuwangi.kampung.ingestion.IngestPreflight;
import id.banyuwangi.kampung.ingestion.IngestSummary;
import id.banyuwangi.kampung.warehouse.BuildOptions;
import id.banyuwangi.kampung.warehouse.BuildSummary;
import id.banyuwangi.kampung.warehouse.WarehouseBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code kampung watch}: one warm JVM that keeps a Spark session, sees source files land
 * ({@link LandingWatcher}), ingests each batch (only the files that landed), refreshes the warehouse
 * incrementally (the models the changed lake tables reach) and publishes it atomically and, with {@link #serve}, answers from each new build as soon as it is
 * published. Each cycle's timings are logged and handed to the listener.
 */
public final class WatchLoop implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WatchLoop.class);
  private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(60);

  /**
   * @param quiet a batch is closed when no file has landed for this long
   * @param maxWait ... or this long after its first file
   * @param scanEvery the fallback scan of the source directories
   */
  public record Settings(Path source, String lake, Path warehouse, String master, Duration quiet,
      Duration maxWait, Duration scanEvery) {
    public static Settings of(Path source, String lake, Path warehouse) {
      return new Settings(source, lake, warehouse, null, Duration.ofSeconds(2), Duration.ofSeconds(30),
          Duration.ofSeconds(30));
    }
  }

  private final Settings settings;
  private final Pseudonymizer pseudonymizer;
  private final Consumer<CycleReport> onCycle;
  private final LandingWatcher watcher;
  private final SparkSession spark;
  private final HttpClient http = HttpClient.newHttpClient();
  private ApiServer server;
  private int cycles;
  private boolean listEverything = true; // the first cycle, and the one after a failed cycle

  /** Checks the paths (nothing is written for a mistyped one), starts watching, then Spark. */
  public WatchLoop(Settings settings, Pseudonymizer pseudonymizer, Consumer<CycleReport> onCycle) {
    this.settings = settings;
    this.pseudonymizer = pseudonymizer;
    this.onCycle = onCycle;
    IngestPreflight.check(options(), IngestPreflight.hadoopConf());
    this.watcher = new LandingWatcher(settings.source(), settings.scanEvery()); // before the catch-up: nothing is missed
    this.spark = IngestJob.session(settings.master());
  }

  /** The first cycle: every file not yet ingested (as {@code kampung ingest}), then a build. */
  public CycleReport catchUp() {
    Instant now = Instant.now();
    return cycle(new LandingWatcher.Batch(new java.util.TreeSet<>(), now, now));
  }

  /** Serves the warehouse on {@code port} (0: any free port) from now on; the port. */
  public int serve(int port) {
    if (server == null) {
      server = ApiServer.start(settings.warehouse(), port);
    }
    return server.port();
  }

  /** Cycles until the thread is interrupted; a failed cycle is logged and the next one lists every file. */
  public void run() throws InterruptedException {
    while (!Thread.currentThread().isInterrupted()) {
      LandingWatcher.Batch batch = watcher.next(settings.quiet(), settings.maxWait());
      try {
        cycle(batch);
      } catch (RuntimeException e) {
        listEverything = true;
        LOG.error("watch cycle failed (the next cycle reads every file not yet ingested): {}", e.getMessage(), e);
      }
    }
  }

  private CycleReport cycle(LandingWatcher.Batch batch) {
    Instant started = Instant.now();
    Duration detect = Duration.between(batch.firstSeen(), started);
    boolean everything = listEverything;
    IngestOptions options = everything ? options() : options().onlyFiles(batch.files());
    long t0 = System.nanoTime();
    IngestSummary ingested = IngestJob.run(spark, options, pseudonymizer, Progress.NONE);
    listEverything = false;
    Duration ingest = Duration.ofNanos(System.nanoTime() - t0);
    Duration build = Duration.ZERO;
    Duration publish = Duration.ZERO;
    String buildId = null;
    // the catch-up always builds: the lake may hold more than the published warehouse (an ingest
    // run without a build); incremental, it re-runs nothing when the lake has not changed
    if (ingested.total().filesRead() > 0 || cycles == 0) {
      t0 = System.nanoTime();
      BuildSummary built = WarehouseBuilder.build(
          BuildOptions.of(settings.lake(), settings.warehouse()).withIncremental(true), Progress.NONE);
      build = Duration.ofNanos(System.nanoTime() - t0);
      buildId = built.buildId();
      t0 = System.nanoTime();
      awaitServed(buildId);
      publish = Duration.ofNanos(System.nanoTime() - t0);
    }
    CycleReport report = new CycleReport(++cycles, (int) ingested.total().filesRead(), ingested.total().linesRead(),
        ingested.total().accepted(), detect, ingest, build, publish, buildId);
    LOG.info("{}", report);
    if (server != null) {
      CycleMetrics.record(server.meters(), report);
    }
    onCycle.accept(report);
    return report;
  }

  /** Until the API answers from {@code buildId}: what a client sees, not just the rename. */
  private void awaitServed(String buildId) {
    if (server == null) {
      return;
    }
    URI health = URI.create("http://127.0.0.1:" + server.port() + "/health");
    long deadline = System.nanoTime() + VISIBLE_WITHIN.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200 && r.body().contains("\"" + buildId + "\"")) {
          return;
        }
        Thread.sleep(20);
      } catch (IOException e) {
        LOG.debug("health: {}", e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    LOG.warn("build {} published but not served within {} s", buildId, VISIBLE_WITHIN.toSeconds());
  }

  private IngestOptions options() {
    return new IngestOptions(settings.source().toString(), settings.lake(), settings.master(), Instant.now());
  }

  @Override
  public void close() {
    if (server != null) {
      server.stop();
    }
    watcher.close();
    spark.stop();
  }
}
