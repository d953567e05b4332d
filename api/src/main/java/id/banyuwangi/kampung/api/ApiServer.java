package id.banyuwangi.kampung.api;

import id.banyuwangi.kampung.api.access.AccessOptions;
import id.banyuwangi.kampung.api.access.AuditLog;
import id.banyuwangi.kampung.api.access.KeyStore;
import id.banyuwangi.kampung.api.access.RateLimits;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import org.eclipse.jetty.http.BadMessageException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.CopyOnWriteArrayList;
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
 * Errors are RFC 9457 problems ({@link Problem}); request parameters and personal data are never logged,
 * except in the audit log of keyed requests ({@link AccessGate}).
 */
public final class ApiServer {
  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
  /** How often the server looks for a newly published file between requests (to warm it early). */
  private static final long WATCH_MS = 1000;
  static final String SDMX = "/sdmx/3.0";
  private static final String NOT_FOUND = "no such resource: see /api/docs for the API's routes";

  /**
   * @param cacheBytes bound of the answer cache (0: nothing kept, every request computes)
   * @param warm whether a newly published build is warmed for the dashboard's first views
   * @param access key store, CORS origins and rate limits
   */
  record Options(long cacheBytes, boolean warm, AccessOptions access) {
    static final Options DEFAULT = new Options(256L << 20, true, AccessOptions.DEFAULT);

    Options(long cacheBytes, boolean warm) {
      this(cacheBytes, warm, AccessOptions.DEFAULT);
    }
  }

  private final Javalin app;
  private final WarehouseConnection warehouse;
  private final AnswerCache cache;
  private final DashboardWarmer warmer;
  private final ServerMetrics metrics;
  private final ScheduledExecutorService watcher;
  private final AtomicReference<CompletableFuture<Integer>> warming;
  private final List<String> routes;

  private ApiServer(Javalin app, WarehouseConnection warehouse, AnswerCache cache, DashboardWarmer warmer,
      ScheduledExecutorService watcher, AtomicReference<CompletableFuture<Integer>> warming, List<String> routes,
      ServerMetrics metrics) {
    this.metrics = metrics;
    this.routes = routes;
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

  /** Starts serving {@code warehouseFile} on {@code port} with {@code access}'s keys, CORS origins and rate limits. */
  public static ApiServer start(Path warehouseFile, int port, AccessOptions access) {
    return start(warehouseFile, port, new Options(Options.DEFAULT.cacheBytes(), true, access));
  }

  static ApiServer start(Path warehouseFile, int port, Options options) {
    System.setProperty("java.awt.headless", "true");
    AnswerCache cache = new AnswerCache(options.cacheBytes());
    WarehouseConnection warehouse = new WarehouseConnection(warehouseFile);
    CachedAnswers answers = new CachedAnswers(warehouse, cache);
    DashboardWarmer warmer = options.warm() ? new DashboardWarmer(answers) : null;
    AtomicReference<CompletableFuture<Integer>> warming = new AtomicReference<>(CompletableFuture.completedFuture(0));
    ServerMetrics metrics = new ServerMetrics();
    warehouse.onPublished(build -> {
      cache.dropAll();
      metrics.published(build);
      if (warmer != null) {
        warming.set(warmer.warm(build));
      }
    });
    List<String> routes = new CopyOnWriteArrayList<>();
    AccessGate gate = gate(warehouseFile, options.access());
    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      // The page's own files are PageFiles (compressed once); this serves the rest of /public.
      config.staticFiles.add("/public", Location.CLASSPATH);
      config.staticFiles.enableWebjars(); // /webjars/swagger-ui/...: the /api/docs page, offline
      config.events(events -> events.handlerAdded(h -> {
        if (h.getHttpMethod() == HandlerType.GET && !PageFiles.serves(h.getPath())) { // the API's routes, not the page's files
          routes.add(h.getPath());
        }
      }));
      config.jsonMapper(new JavalinJackson(Answer.JSON, false));
      // Brotli where its native library loads (Javalin falls back to gzip alone otherwise).
      config.http.brotliAndGzipCompression();
      // Requests Jetty refuses before any handler (a URI or header too long, a malformed request line) get a problem too.
      config.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler()));
      config.requestLogger.http((ctx, ms) -> {
        gate.audit(ctx);
        metrics.request(ctx, ms);
      });
      cors(config, options.access().corsOrigins());
    });
    app.before("/api/*", gate::check);
    app.before(SDMX + "/*", gate::check);
    routes(app, warehouse, answers);
    metrics.countAnswers(cache, answers.routes());
    app.get(ServerMetrics.PATH, ctx -> ctx.contentType(ServerMetrics.CONTENT_TYPE).result(metrics.scrape()));
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
    return new ApiServer(app, warehouse, cache, warmer, watcher, warming, List.copyOf(routes), metrics);
  }

  private static AccessGate gate(Path warehouseFile, AccessOptions access) {
    Path keys = access.keysFileOf(warehouseFile);
    return new AccessGate(new KeyStore(keys), new RateLimits(access.limits()), new AuditLog(AuditLog.besideKeys(keys)));
  }

  /** Browser pages of {@code origins} may call the API (and read its build, ETag, paging and retry headers). */
  private static void cors(JavalinConfig config, List<String> origins) {
    if (origins.isEmpty()) {
      return;
    }
    config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
      origins.forEach(rule::allowHost);
      List.of(BuildBlock.HEADER, "ETag", "Link", "Retry-After").forEach(rule::exposeHeader);
    }));
  }

  private static void routes(Javalin app, WarehouseConnection warehouse, CachedAnswers answers) {
    PageFiles.register(app);
    app.get("/health", new HealthController(warehouse)::get);
    ApiDocs docs = new ApiDocs();
    app.get(ApiDocs.OPENAPI_PATH, docs::openapi);
    app.get("/api/docs", docs::page);
    app.get("/api/v1/builds", new BuildsController(warehouse)::get);
    app.get("/api/v1/export", new ExportController(warehouse)::get);
    app.get("/api/v1/indicators", answers.handler("indicators", new IndicatorsController()));
    app.get("/api/v1/values", answers.handler("values", new ValuesController()));
    app.get("/api/v1/views", answers.handler("views", new ViewsController(answers)));
    app.get("/api/v1/periods", answers.handler("periods", new PeriodsController()));
    app.get("/api/v1/areas/{code}", answers.handler("areas", new AreasController()));
    app.get("/api/v1/charts/{file}", answers.handler("charts", new ChartsController()));
    app.get("/api/v1/maps/{file}", answers.handler("maps", new MapsController()));
    app.get("/api/v1/targets", answers.handler("targets", new TargetsController()));
    app.get("/api/v1/tables/{file}", answers.handler("tables", new TablesController()));
    app.get("/api/v1/quality", answers.handler("quality", new QualityController()));
    app.get(BriefController.PATH, BriefController.attachment(answers.handler("brief", new BriefController())));
    sdmx(app, answers);
    app.before(ApiServer::headers);
  }

  /** SDMX REST 3.0: the structure (each path with and without its optional id and version) and the data. */
  private static void sdmx(Javalin app, CachedAnswers answers) {
    SdmxStructureController structure = new SdmxStructureController();
    for (String path : List.of("/{type}/{agency}", "/{type}/{agency}/{id}", "/{type}/{agency}/{id}/{version}")) {
      app.get(SDMX + "/structure" + path, answers.handler("sdmx-structure", structure));
    }
    SdmxDataController data = new SdmxDataController();
    for (String path : List.of("/{agency}/{flow}", "/{agency}/{flow}/{version}", "/{agency}/{flow}/{version}/{key}")) {
      app.get(SDMX + "/data/dataflow" + path, answers.handler("sdmx-data", data));
    }
  }

  private static void headers(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cache-Control", "no-cache"); // a rebuild may change any answer; data answers say more
  }

  /** Every error is an RFC 9457 problem ({@link Problem}); bad input is a 4xx, never a 500. */
  private static void errors(Javalin app) {
    app.exception(ClientError.class, (e, ctx) -> {
      e.headers().forEach(ctx::header);
      Problem.send(ctx, e.status(), e.getMessage());
    });
    app.exception(WarehouseUnavailable.class, (e, ctx) -> {
      LOG.warn("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
      Problem.send(ctx, 503, e.getMessage());
    });
    app.exception(HttpResponseException.class, (e, ctx) -> Problem.send(ctx, e.getStatus(),
        e.getStatus() == 404 ? NOT_FOUND : e.getMessage()));
    app.exception(BadMessageException.class, (e, ctx) -> Problem.send(ctx, 400, "malformed request: " + e.getReason()));
    app.exception(IllegalArgumentException.class, (e, ctx) -> {
      // Jetty's decoding of a query that is not UTF-8 or not percent-encoded throws this before a handler reads it
      LOG.debug("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
      Problem.send(ctx, 400, "malformed request: the query must be UTF-8, percent-encoded");
    });
    app.exception(Exception.class, (e, ctx) -> {
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
      Problem.send(ctx, 500, "internal error");
    });
    app.error(404, ctx -> {
      if (!Problem.CONTENT_TYPE.equals(ctx.res().getContentType())) {
        Problem.send(ctx, 404, NOT_FOUND);
      }
    });
    app.error(405, ctx -> Problem.send(ctx, 405, "only GET (and HEAD) are served"));
  }

  /** The registry behind {@code /metrics}: what runs beside the server (watch mode's cycles) reports there too. */
  public MeterRegistry meters() {
    return metrics.registry();
  }

  public int port() {
    return app.port();
  }

  /** The paths of every GET route registered, as Javalin spells them ({@code /api/v1/areas/{code}}). */
  List<String> routes() {
    return routes;
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

  /** The requests of the dashboard's first view of the newest build (answering them on the way). */
  public FirstView firstView() throws java.io.IOException {
    if (warmer == null) {
      throw new IllegalStateException("this server does not warm the dashboard");
    }
    try (WarehouseBuild.Lease lease = warehouse.lease()) {
      return warmer.firstView(lease.build());
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
