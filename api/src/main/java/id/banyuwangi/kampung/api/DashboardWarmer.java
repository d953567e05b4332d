package id.banyuwangi.kampung.api;

import com.fasterxml.jackson.databind.JsonNode;
import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.domain.period.Period;
import id.banyuwangi.kampung.domain.period.PeriodKind;
import id.banyuwangi.kampung.domain.region.Area;
import id.banyuwangi.kampung.domain.region.RegionHierarchy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills the answer cache of a newly published build with what the dashboard
 * ({@code public/dashboard.js}) asks for first, as it asks: the catalog; per domain its periods and
 * each indicator's regency series, from which it picks the period it opens on (the latest yearly
 * period in which the most of the domain's indicators have a regency number); then for that period
 * the tiles (with their series), table and tile splits of the regency and of each kecamatan, the
 * map indicator's areas a year earlier, then their charts. One
 * background thread, never in a request's way: a request for an answer being warmed waits for that
 * one computation instead of making its own. Stops as soon as a newer build is served.
 */
final class DashboardWarmer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DashboardWarmer.class);
  private static final List<PeriodKind> YEARLY = List.of(PeriodKind.YEAR, PeriodKind.SCHOOL_YEAR);

  private final CachedAnswers answers;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "cache-warmer");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    return t;
  });

  DashboardWarmer(CachedAnswers answers) {
    this.answers = answers;
  }

  /** Starts warming {@code build} in the background; completes with the number of answers warmed (0 when superseded). */
  CompletableFuture<Integer> warm(WarehouseBuild build) {
    return CompletableFuture.supplyAsync(() -> {
      WarehouseBuild.Lease lease = build.lease();
      if (lease == null) {
        return 0; // closed already: a newer build came first
      }
      try (lease) {
        long started = System.nanoTime();
        int warmed = new Run(build).all();
        LOG.info("warmed {} answers of build {} in {} ms", warmed, build.id(), (System.nanoTime() - started) / 1_000_000);
        return warmed;
      } catch (Superseded e) {
        LOG.debug("stopped warming build {}: a newer build is served", build.id());
      } catch (IOException e) {
        LOG.warn("warming build {} stopped: {}", build.id(), e.toString());
      }
      return 0;
    }, worker);
  }

  /**
   * The requests the dashboard makes to open on the regency's first tab, charts included, in the
   * stages a browser sends them (each stage waits for the answers of the one before); answered on
   * the way, so they are warm too. The load bench replays it; the browser test checks it is what
   * the dashboard asks.
   */
  FirstView firstView(WarehouseBuild build) throws IOException {
    try (WarehouseBuild.Lease lease = build.lease()) {
      if (lease == null) {
        throw new IllegalStateException("build " + build.id() + " is no longer served");
      }
      Run run = new Run(build, new FirstView.Recorder());
      run.firstView();
      return run.recorder.view();
    }
  }

  @Override
  public void close() {
    worker.shutdownNow();
    try {
      worker.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Thrown to stop warming a build that is no longer served. */
  private static final class Superseded extends RuntimeException {
    Superseded() {
      super(null, null, false, false);
    }
  }

  /** One warming of one build: the dashboard's requests, in its order. */
  private final class Run {
    private final WarehouseBuild build;
    private final FirstView.Recorder recorder; // null: warming, not recording
    private int warmed;

    Run(WarehouseBuild build) {
      this(build, null);
    }

    Run(WarehouseBuild build, FirstView.Recorder recorder) {
      this.build = build;
      this.recorder = recorder;
    }

    /** start(), show() and render() of dashboard.js for the regency and the first domain, then its map and charts. */
    void firstView() throws IOException {
      IndicatorCatalog catalog = build.catalog();
      Area regency = RegionHierarchy.banyuwangi().find(RegionHierarchy.REGENCY_CODE).orElseThrow();
      String domain = domains(catalog).get(0);
      recorder.stage();
      start();
      get("areas", Map.of("code", regency.code()), Map.of());
      recorder.request("/health");
      Optional<String> period = defaultPeriod(domain);
      if (period.isEmpty()) {
        return;
      }
      recorder.stage();
      viewNumbers(domain, regency, period.get());
      recorder.stage();
      viewPictures(shown(catalog, domain, period.get()), regency, period.get());
    }

    int all() throws IOException {
      RegionHierarchy regions = RegionHierarchy.banyuwangi();
      IndicatorCatalog catalog = build.catalog();
      start();
      Map<String, String> opening = new LinkedHashMap<>(); // domain -> the period the dashboard opens it on
      for (String domain : domains(catalog)) {
        defaultPeriod(domain).ifPresent(period -> opening.put(domain, period));
      }
      List<Area> areas = new ArrayList<>();
      areas.add(regions.find(RegionHierarchy.REGENCY_CODE).orElseThrow());
      areas.addAll(regions.districts().stream().sorted(Comparator.comparing(Area::code)).toList());
      // The numbers of every view first, then the charts (which a browser loads last, lazily).
      for (Area area : areas) {
        get("areas", Map.of("code", area.code()), Map.of());
        opening.forEach((domain, period) -> viewNumbers(domain, area, period));
      }
      for (Area area : areas) {
        opening.forEach((domain, period) -> viewPictures(shown(catalog, domain, period), area, period));
      }
      return warmed;
    }

    /** What start() in dashboard.js asks before any view (the area aside): the catalog, the targets, the quality summary. */
    private void start() {
      get("indicators", Map.of(), Map.of());
      get("targets", Map.of(), Map.of());
      get("quality", Map.of(), Map.of());
    }

    /**
     * render() in dashboard.js: the view's series and its numbers at the period, two answers of
     * /api/v1/views (which warm the values they hold). Recording, the values a view left out are
     * asked alone, as the dashboard does.
     */
    private void viewNumbers(String domain, Area area, String period) {
      Answer series = view(domain, area, null);
      Answer numbers = view(domain, area, period);
      if (recorder != null) {
        Map<String, JsonNode> inViews = new HashMap<>(rowsOf(series));
        inViews.putAll(rowsOf(numbers));
        DashboardViews.series(build.catalog(), domain, area).forEach(query -> values(query, inViews));
        DashboardViews.numbers(build.catalog(), domain, area, period).forEach(query -> values(query, inViews));
      }
    }

    /** A view's map and charts, which a browser loads last. */
    private void viewPictures(List<Indicator> shown, Area area, String period) {
      DashboardViews.mapped(shown).ifPresent(ind -> picture("maps", ind, area, period));
      shown.forEach(ind -> picture("charts", ind, area, period));
    }

    /** A chart or map of {@code ind} as the dashboard embeds it: SVG. */
    private void picture(String route, Indicator ind, Area area, String period) {
      Map<String, String> query = new LinkedHashMap<>(); // in the dashboard's order: the URL is compared
      query.put("area", area.code());
      query.put("period", period);
      get(route, Map.of("file", ind.code() + ".svg"), query);
    }

    /** view() in dashboard.js: one answer for many values URLs. */
    private Answer view(String domain, Area area, String period) {
      Map<String, String> query = new LinkedHashMap<>();
      query.put("domain", domain);
      query.put("area", area.code());
      if (period != null) {
        query.put("period", period);
      }
      return get("views", Map.of(), query);
    }

    /** A view's values URLs with their rows (none when the view failed). */
    private Map<String, JsonNode> rowsOf(Answer view) {
      Map<String, JsonNode> rows = new HashMap<>();
      try {
        for (JsonNode entry : read(view, "views")) {
          rows.put(entry.get("url").asText(), entry.get("values"));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return rows;
    }

    /** defaultPeriod() in dashboard.js: the last yearly period with the most indicators shown at the regency. */
    private Optional<String> defaultPeriod(String domain) throws IOException {
      if (recorder != null) {
        recorder.stage();
      }
      List<String> codes = new ArrayList<>(new LinkedHashSet<>(
          read(get("periods", Map.of(), Map.of("domain", domain)), "periods").findValuesAsText("period")));
      if (recorder != null) {
        recorder.stage();
      }
      Area regency = RegionHierarchy.banyuwangi().find(RegionHierarchy.REGENCY_CODE).orElseThrow();
      Map<String, JsonNode> inView = rowsOf(view(domain, regency, null));
      List<JsonNode> series = new ArrayList<>();
      for (Map<String, String> query : DashboardViews.series(build.catalog(), domain, regency)) {
        series.add(values(query, inView));
      }
      List<String> yearly = codes.stream().filter(c -> YEARLY.contains(Period.parse(c).kind())).toList();
      String best = null;
      for (String code : yearly.isEmpty() ? codes : yearly) {
        if (best == null || withNumbers(series, code) >= withNumbers(series, best)) {
          best = code;
        }
      }
      return Optional.ofNullable(best);
    }

    /** values() in dashboard.js: the rows of a values URL, from a view's answer or, when not there, asked alone. */
    private JsonNode values(Map<String, String> query, Map<String, JsonNode> inViews) {
      JsonNode known = inViews.get(FirstView.url("values", Map.of(), query));
      if (known != null) {
        return known;
      }
      try {
        return read(get("values", Map.of(), query), "values");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The answer, or null when it failed (the request will fail the same way, and try again, when a client asks). */
    private Answer get(String route, Map<String, String> path, Map<String, String> query) {
      if (build.retired() || Thread.currentThread().isInterrupted()) {
        throw new Superseded();
      }
      if (recorder != null) {
        recorder.request(FirstView.url(route, path, query));
      }
      try {
        Answer answer = answers.answer(build, route, Params.of(path, query));
        warmed++;
        return answer;
      } catch (RuntimeException e) {
        LOG.debug("warming {} {} of build {} failed: {}", route, query, build.id(), e.toString());
        return null;
      }
    }
  }

  private static List<Indicator> shown(IndicatorCatalog catalog, String domain, String period) {
    return ShownIndicators.of(catalog, domain, period);
  }

  private static List<String> domains(IndicatorCatalog catalog) {
    return catalog.all().stream().map(Indicator::domain).distinct().toList();
  }

  private static long withNumbers(List<JsonNode> series, String code) {
    return series.stream().filter(rows -> hasNumber(rows, code)).count();
  }

  private static boolean hasNumber(JsonNode rows, String code) {
    for (JsonNode r : rows) {
      if (r.get("period").asText().equals(code) && !r.get("suppressed").asBoolean()) {
        return true;
      }
    }
    return false;
  }

  /** A JSON answer read as the dashboard reads it; a failed one as empty. */
  private static JsonNode read(Answer answer, String field) throws IOException {
    return answer == null ? Answer.JSON.createArrayNode() : Answer.JSON.readTree(answer.body()).get(field);
  }
}
