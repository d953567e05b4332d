package id.banyuwangi.kampung.api;

import id.banyuwangi.kampung.read.BuildFigures;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /metrics}: the server's figures in Prometheus's text format (Micrometer). Requests by
 * route template and status (never by URL: a query is not a label), answers computed per route
 * (cache misses), builds published; the served build's own figures (what it read from the lake:
 * Delta version, files and rows per table; its hidden cells per domain; the lake's ingestion per
 * source), read once when it is published; and the JVM's memory, GC, threads and CPU.
 */
final class ServerMetrics {
  static final String PATH = "/metrics";
  /** Prometheus's text exposition format. */
  static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
  private static final Logger LOG = LoggerFactory.getLogger(ServerMetrics.class);

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  /** When the served build was built (null: none yet, or it does not say). */
  private final AtomicReference<Instant> builtAt = new AtomicReference<>();
  private final Counter published = Counter.builder("kampung.builds.published")
      .description("builds this server has opened and served").register(registry);
  private final MultiGauge lakeVersion = gauge("kampung.build.lake.delta.version", "the Delta version of each lake table the served build read");
  private final MultiGauge lakeFiles = gauge("kampung.build.lake.files", "the files of each lake table at that version");
  private final MultiGauge lakeRows = gauge("kampung.build.lake.rows", "the rows of each lake table at that version");
  private final MultiGauge cells = gauge("kampung.build.cells", "publishable indicator cells per domain");
  private final MultiGauge hiddenCells = gauge("kampung.build.cells.hidden", "hidden cells per domain and suppression");
  private final MultiGauge ingestLines = gauge("kampung.ingest.lines", "source lines per source and outcome, over every ingest run in the served build's lake");
  private final MultiGauge ingestRuns = gauge("kampung.ingest.runs", "ingest runs per source in the served build's lake");

  ServerMetrics() {
    new JvmMemoryMetrics().bindTo(registry);
    new JvmGcMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    Gauge.builder("kampung.build.age", builtAt, b -> b.get() == null
            ? Double.NaN : (System.currentTimeMillis() - b.get().toEpochMilli()) / 1000.0)
        .description("seconds since the served build was built").baseUnit("seconds").register(registry);
  }

  /** Counts the answers {@code cache} computed for each of {@code routes} (its misses). */
  void countAnswers(AnswerCache cache, Collection<String> routes) {
    for (String route : routes) {
      FunctionCounter.builder("kampung.answers.computed", cache, c -> c.computed(route))
          .description("answers computed (not found in the per-build cache)").tag("route", route).register(registry);
    }
  }

  /** A request answered: its route template (or "static"/"unmatched"), method and status, and its time. */
  void request(Context ctx, float ms) {
    Timer.builder("kampung.http.requests").description("HTTP requests by route template and status")
        .tags("route", route(ctx), "method", ctx.method().name(), "status", Integer.toString(ctx.statusCode()))
        .register(registry).record((long) (ms * 1000), TimeUnit.MICROSECONDS);
  }

  /** A new build is served: its figures replace the last one's. */
  void published(WarehouseBuild build) {
    published.increment();
    try (BuildConnections.Pooled c = build.connection()) {
      BuildFigures figures = new BuildFigures(c.connection());
      String built = build.info("built_at");
      builtAt.set(built == null ? null : Instant.parse(built));
      List<BuildFigures.LakeTable> tables = figures.lakeTables();
      lakeVersion.register(rows(tables, t -> Tags.of("table", t.table()), BuildFigures.LakeTable::deltaVersion), true);
      lakeFiles.register(rows(tables, t -> Tags.of("table", t.table()), BuildFigures.LakeTable::files), true);
      lakeRows.register(rows(tables, t -> Tags.of("table", t.table()), BuildFigures.LakeTable::rows), true);
      List<BuildFigures.Hidden> hidden = figures.hidden();
      cells.register(rows(hidden, h -> Tags.of("domain", h.domain()), BuildFigures.Hidden::cells), true);
      List<MultiGauge.Row<?>> bySuppression = new ArrayList<>();
      bySuppression.addAll(rows(hidden, h -> Tags.of("domain", h.domain(), "suppression", "primary"), BuildFigures.Hidden::primary));
      bySuppression.addAll(rows(hidden, h -> Tags.of("domain", h.domain(), "suppression", "secondary"), BuildFigures.Hidden::secondary));
      hiddenCells.register(bySuppression, true);
      List<BuildFigures.Ingested> ingested = figures.ingested();
      List<MultiGauge.Row<?>> lines = new ArrayList<>();
      lines.addAll(rows(ingested, i -> Tags.of("source", i.source(), "outcome", "read"), BuildFigures.Ingested::linesRead));
      lines.addAll(rows(ingested, i -> Tags.of("source", i.source(), "outcome", "accepted"), BuildFigures.Ingested::accepted));
      lines.addAll(rows(ingested, i -> Tags.of("source", i.source(), "outcome", "quarantined"), BuildFigures.Ingested::quarantined));
      lines.addAll(rows(ingested, i -> Tags.of("source", i.source(), "outcome", "duplicate"), BuildFigures.Ingested::duplicates));
      ingestLines.register(lines, true);
      ingestRuns.register(rows(ingested, i -> Tags.of("source", i.source()), BuildFigures.Ingested::runs), true);
    } catch (RuntimeException e) {
      LOG.warn("the figures of build {} are not in /metrics: {}", build.id(), e.toString()); // never in a publish's way
    }
  }

  MeterRegistry registry() {
    return registry;
  }

  /** The text a Prometheus scrape reads. */
  String scrape() {
    return registry.scrape();
  }

  private MultiGauge gauge(String name, String description) {
    return MultiGauge.builder(name).description(description).register(registry);
  }

  private static <T> List<MultiGauge.Row<?>> rows(List<T> items, Function<T, Tags> tags, ToDoubleFunction<T> value) {
    return items.stream().<MultiGauge.Row<?>>map(item -> MultiGauge.Row.of(tags.apply(item), value.applyAsDouble(item))).toList();
  }

  private static String route(Context ctx) {
    String path;
    try {
      path = ctx.endpointHandlerPath();
    } catch (RuntimeException e) {
      path = null; // no endpoint: a static file or nothing
    }
    if (path == null || path.isEmpty() || path.equals("*")) {
      return ctx.statusCode() == 404 ? "unmatched" : "static";
    }
    return path;
  }
}
