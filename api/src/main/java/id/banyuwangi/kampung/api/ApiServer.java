package id.banyuwangi.kampung.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Kampung Analytics web server: the dashboard ({@code /}), the data API ({@code /api/v1}), chart
 * images and {@code /health}, all read from the published warehouse file. Data answers come from a
 * per-build cache ({@link CachedAnswers}), warmed in the background when a build is published.
 * Errors are JSON {@code {"error": "..."}}; request parameters and personal data are never logged.
 */
public final class ApiServer {
  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
  /** How often the server looks for a newly published file between requests (to warm it early). */
  private static final long WATCH_MS = 1000;

  /**
   * @param cacheBytes bound of the answer cache (0: nothing kept, every request computes)
   * @param warm whether a newly published build is warmed for the dashboard's first views
   */
  record Options(long cacheBytes, boolean warm) {
    static final Options DEFAULT = new Options(256L << 20, true);
  }

  private final Javalin app;
  private final WarehouseConnection warehouse;
  private final AnswerCache cache;
  private final DashboardWarmer warmer;
  private final ScheduledExecutorService watcher;
  private final AtomicReference<CompletableFuture<Integer>> warming;

  private ApiServer(Javalin app, WarehouseConnection warehouse, AnswerCache cache, DashboardWarmer warmer,
      ScheduledExecutorService watcher, AtomicReference<CompletableFuture<Integer>> warming) {
    this.app = app;
    this.warehouse = warehouse;
    this.cache = cache;
    this.warmer = warmer;
    this.watcher = watcher;
    this.warming = warming;
  }

  /** Starts serving {@code warehouseFile} on {@code port} (0: any free port). */
  public static ApiServer start(Path warehouseFile, int port) {
    return start(warehouseFile, port, Options.DEFAULT);
  }

  static ApiServer start(Path warehouseFile, int port, Options options) {
    System.setProperty("java.awt.headless", "true");
    AnswerCache cache = new AnswerCache(options.cacheBytes());
    WarehouseConnection warehouse = new WarehouseConnection(warehouseFile);
    CachedAnswers answers = new CachedAnswers(warehouse, cache);
    DashboardWarmer warmer = options.warm() ? new DashboardWarmer(answers) : null;
    AtomicReference<CompletableFuture<Integer>> warming = new AtomicReference<>(CompletableFuture.completedFuture(0));
    warehouse.onPublished(build -> {
      cache.dropAll();
      if (warmer != null) {
        warming.set(warmer.warm(build));
      }
    });
    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      // Not precompress: Javalin 6.7 then serves the welcome file (/) without a Content-Type.
      config.staticFiles.add("/public", Location.CLASSPATH);
      config.jsonMapper(new JavalinJackson(Answer.JSON, false));
      // Brotli where its native library loads (Javalin falls back to gzip alone otherwise).
      config.http.brotliAndGzipCompression();
    });
    routes(app, warehouse, answers);
    errors(app);
    warehouse.refresh(); // open (and start warming) the build now, so the first request need not
    app.start(port);
    ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "warehouse-watcher");
      t.setDaemon(true);
      return t;
    });
    watcher.scheduleWithFixedDelay(warehouse::refresh, 0, WATCH_MS, TimeUnit.MILLISECONDS);
    LOG.info("serving {} on port {}", warehouseFile.getFileName(), app.port());
    return new ApiServer(app, warehouse, cache, warmer, watcher, warming);
  }

  private static void routes(Javalin app, WarehouseConnection warehouse, CachedAnswers answers) {
    app.get("/health", new HealthController(warehouse)::get);
    app.get("/api/v1/indicators", answers.handler("indicators", new IndicatorsController()));
    app.get("/api/v1/values", answers.handler("values", new ValuesController()));
    app.get("/api/v1/periods", answers.handler("periods", new PeriodsController()));
    app.get("/api/v1/areas/{code}", answers.handler("areas", new AreasController()));
    app.get("/api/v1/charts/{file}", answers.handler("charts", new ChartsController()));
    app.get("/api/v1/maps/{file}", answers.handler("maps", new MapsController()));
    app.get("/api/v1/targets", answers.handler("targets", new TargetsController()));
    app.get("/api/v1/tables/{file}", answers.handler("tables", new TablesController()));
    app.get("/api/v1/quality", answers.handler("quality", new QualityController()));
    app.before(ApiServer::headers);
  }

  private static void headers(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cache-Control", "no-cache"); // a rebuild may change any answer; data answers say more
  }

  private static void errors(Javalin app) {
    app.exception(BadRequest.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
    app.exception(WarehouseUnavailable.class, (e, ctx) -> {
      LOG.warn("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
      ctx.status(503).json(Map.of("status", "unavailable", "error", e.getMessage()));
    });
    app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> {
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
      error(ctx, 500, "internal error");
    });
  }

  private static void error(Context ctx, int status, String message) {
    ctx.status(status).json(Map.of("error", message));
  }

  public int port() {
    return app.port();
  }

  /** The answer cache, for tests that count computations. */
  AnswerCache cache() {
    return cache;
  }

  /** The warming of the newest build: done with the number of answers warmed. */
  CompletableFuture<Integer> warming() {
    return warming.get();
  }

  /** Waits until the newest build is warmed for the dashboard (or {@code timeout}); the number of answers warmed. */
  public int awaitWarmed(Duration timeout) throws InterruptedException {
    try {
      return warming().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      return 0;
    }
  }

  public void stop() {
    watcher.shutdownNow();
    if (warmer != null) {
      warmer.close();
    }
    app.stop();
    warehouse.close();
  }

  /** {@code java ... ApiServer WAREHOUSE_FILE [PORT]}: serves until the process is stopped. */
  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println("usage: ApiServer WAREHOUSE_FILE [PORT]");
      System.exit(2);
    }
    ApiServer server = start(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 7070);
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
  }
}
