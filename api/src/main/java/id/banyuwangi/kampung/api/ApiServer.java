package id.banyuwangi.kampung.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.nio.file.Path;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Kampung Analytics web server: the dashboard ({@code /}), the data API ({@code /api/v1}), chart
 * images and {@code /health}, all read from the published warehouse file. Errors are JSON
 * {@code {"error": "..."}}; request parameters and personal data are never logged.
 */
public final class ApiServer {
  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

  private final Javalin app;
  private final WarehouseConnection warehouse;

  private ApiServer(Javalin app, WarehouseConnection warehouse) {
    this.app = app;
    this.warehouse = warehouse;
  }

  /** Starts serving {@code warehouseFile} on {@code port} (0: any free port). */
  public static ApiServer start(Path warehouseFile, int port) {
    System.setProperty("java.awt.headless", "true");
    WarehouseConnection warehouse = new WarehouseConnection(warehouseFile);
    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.staticFiles.add("/public", Location.CLASSPATH);
    });
    routes(app, warehouse);
    errors(app);
    app.start(port);
    LOG.info("serving {} on port {}", warehouseFile.getFileName(), app.port());
    return new ApiServer(app, warehouse);
  }

  private static void routes(Javalin app, WarehouseConnection warehouse) {
    app.get("/health", new HealthController(warehouse)::get);
    app.get("/api/v1/indicators", new IndicatorsController(warehouse)::list);
    app.get("/api/v1/values", new ValuesController(warehouse)::get);
    app.get("/api/v1/periods", new PeriodsController(warehouse)::list);
    app.get("/api/v1/areas/{code}", new AreasController()::get);
    app.get("/api/v1/charts/{file}", new ChartsController(warehouse)::get);
    app.before(ApiServer::headers);
  }

  private static void headers(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cache-Control", "no-cache"); // a rebuild may change any answer
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

  public void stop() {
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
