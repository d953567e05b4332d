package id.banyuwangi.kampung.app;

import id.banyuwangi.kampung.api.ApiServer;
import id.banyuwangi.kampung.domain.person.Pseudonymizer;
import id.banyuwangi.kampung.domain.progress.Progress;
import id.banyuwangi.kampung.generator.GeneratorConfig;
import id.banyuwangi.kampung.generator.SourceGenerator;
import id.banyuwangi.kampung.ingestion.IngestJob;
import id.banyuwangi.kampung.ingestion.IngestOptions;
import id.banyuwangi.kampung.ingestion.IngestSummary;
import id.banyuwangi.kampung.warehouse.BuildOptions;
import id.banyuwangi.kampung.warehouse.BuildSummary;
import id.banyuwangi.kampung.warehouse.WarehouseBuilder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The speed figures the product promises, measured end to end and printed: a year's history
 * against DuckDB converting the same files, one more day on top of it against the same day into an
 * empty lake ("cost follows the new data"), an incremental build against a full one, API latency
 * against a static file of the same server, and peak memory. Ratios of one run on one machine
 * mean more than absolute figures on shared cores.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {"Measure: ingest a year, one more day on top (and into an empty lake), DuckDB converting the same files,",
      "full and incremental builds, API answers under load. Prints the figures and their ratios."})
final class BenchCommand implements Callable<Integer> {
  @Option(names = "--dir", defaultValue = "bench-data", description = "Working directory (default: ${DEFAULT-VALUE}).")
  Path dir;

  @Option(names = "--scale", defaultValue = "0.1", description = "Volume relative to the real regency (default: ${DEFAULT-VALUE}).")
  double scale;

  @Option(names = "--year", defaultValue = "2024", description = "The year of history (default: ${DEFAULT-VALUE}).")
  int year;

  @Option(names = "--requests", defaultValue = "300", description = "API requests to time (default: ${DEFAULT-VALUE}).")
  int requests;

  @Option(names = "--connections", defaultValue = "64", description = "Concurrent connections of the load lines (default: ${DEFAULT-VALUE}).")
  int connections;

  @Option(names = "--users", defaultValue = "20", description = "Simultaneous browsers of the first-view line (default: ${DEFAULT-VALUE}).")
  int users;

  @Option(names = "--load-seconds", defaultValue = "10", description = "Seconds of load per endpoint (default: ${DEFAULT-VALUE}).")
  int loadSeconds;

  @Option(names = "--publishes", defaultValue = "3", description = "Republishes of the warehouse during the last load line (default: ${DEFAULT-VALUE}).")
  int publishes;

  @Option(names = "--load-only", description = "Only the API lines, against an existing --warehouse (republished from --lake when given, else by copying it).")
  boolean loadOnly;

  @Option(names = "--warehouse", description = "With --load-only: the warehouse file to serve.")
  Path existingWarehouse;

  @Option(names = "--lake", description = "With --load-only: the lake the republishes rebuild from.")
  String existingLake;

  @Override
  public Integer call() throws Exception {
    if (loadOnly) {
      if (existingWarehouse == null || !Files.isRegularFile(existingWarehouse)) {
        throw new IllegalArgumentException("--load-only needs --warehouse FILE, an existing warehouse");
      }
      measureApi(existingWarehouse, existingLake == null
          ? Republish.copying(existingWarehouse) : Republish.rebuilding(existingLake, existingWarehouse));
      return 0;
    }
    Path history = dir.resolve("history");
    Path nextDay = dir.resolve("next-day");
    LocalDate last = LocalDate.of(year, 12, 31);
    String lake = dir.resolve("lake").toString();
    Path warehouse = dir.resolve("warehouse.duckdb");
    Pseudonymizer key = new Pseudonymizer("benchmark-key-not-a-secret");

    if (Files.exists(dir)) {
      throw new IllegalArgumentException(dir + " exists: give a new --dir (the benchmark starts from an empty lake)");
    }
    long t0 = System.nanoTime();
    SourceGenerator.generate(new GeneratorConfig(history, LocalDate.of(year, 1, 1), last, scale, 42), Progress.NONE);
    long moved = moveLastDay(history, nextDay, last);
    print("generate a year", t0, moved + " files of " + last + " held back as 'the next day'");

    SparkSession spark = IngestJob.session(null);
    double ingestSecs;
    double dayIntoFull;
    double dayIntoEmpty;
    try {
      t0 = System.nanoTime();
      IngestSummary year = IngestJob.run(spark, new IngestOptions(history.toString(), lake, null, Instant.now()), key, Progress.NONE);
      ingestSecs = secs(t0);
      print("ingest the year", t0, String.format("%,d lines, %,d files, %,.0f lines/s", year.total().linesRead(),
          year.total().filesRead(), year.total().linesRead() / ingestSecs));
      year.bySource().forEach((source, counts) -> System.out.printf("%-36s %,d lines%n", "  " + source, counts.linesRead()));
      t0 = System.nanoTime();
      BuildSummary first = WarehouseBuilder.build(lake, warehouse, Progress.NONE);
      print("build the marts", t0, first.rowsPerTable().get("mart_indicator_cell") + " indicator cells");
      t0 = System.nanoTime();
      IngestSummary day = IngestJob.run(spark, new IngestOptions(nextDay.toString(), lake, null, Instant.now()), key, Progress.NONE);
      dayIntoFull = secs(t0);
      print("ingest one more day (full lake)", t0, String.format("%,d lines", day.total().linesRead()));
      t0 = System.nanoTime();
      IngestJob.run(spark, new IngestOptions(nextDay.toString(), dir.resolve("lake-empty").toString(), null, Instant.now()),
          key, Progress.NONE);
      dayIntoEmpty = secs(t0);
      print("the same day into an empty lake", t0, "");
      t0 = System.nanoTime();
      IngestSummary again = IngestJob.run(spark, new IngestOptions(history.toString(), lake, null, Instant.now()), key, Progress.NONE);
      print("re-ingest the year (all skipped)", t0, again.total().filesSkipped() + " files skipped");
    } finally {
      spark.stop();
    }
    t0 = System.nanoTime();
    long converted = DuckDbReference.convert(history, dir.resolve("duckdb-reference"));
    double duckSecs = secs(t0);
    print("DuckDB: the same files to Parquet", t0, String.format("%,d rows, no validation", converted));

    t0 = System.nanoTime();
    BuildSummary incremental = WarehouseBuilder.build(BuildOptions.of(lake, warehouse).withIncremental(true), Progress.NONE);
    double incrementalSecs = secs(t0);
    print("incremental build after the day", t0, incremental.modelMillis().size() + " of " + incremental.modelCount() + " models re-run");
    t0 = System.nanoTime();
    WarehouseBuilder.build(lake, dir.resolve("warehouse-full.duckdb"), Progress.NONE);
    double fullSecs = secs(t0);
    print("full build of the same lake", t0, "");

    List<LoadBench.Result> load = measureApi(warehouse, Republish.rebuilding(lake, warehouse));
    System.out.printf("%-36s %,d MB%n", "warehouse file", Files.size(warehouse) >> 20);
    System.out.println("ratios (one run, same machine):");
    ratio("full ingest / DuckDB to Parquet", ingestSecs, duckSecs, "s");
    ratio("one more day: full lake / empty lake", dayIntoFull, dayIntoEmpty, "s");
    ratio("incremental build / full build", incrementalSecs, fullSecs, "s");
    if (load.size() == 2) {
      ratio("API values p50 / static p50 (" + connections + " conn)", load.get(1).p50(), load.get(0).p50(), "ms");
      ratio("API values p99 / static p99 (" + connections + " conn)", load.get(1).p99(), load.get(0).p99(), "ms");
    }
    System.out.println(PeakMemory.describe());
    return 0;
  }

  /**
   * The server warmed for the dashboard, sequential timings of several answers, then the load
   * lines; the static file's and the values answer's load results.
   */
  private List<LoadBench.Result> measureApi(Path warehouse, Runnable republish) throws Exception {
    long t0 = System.nanoTime();
    ApiServer server = ApiServer.start(warehouse, 0);
    try {
      print("warm the answer cache", t0, server.awaitWarmed(Duration.ofMinutes(10)) + " answers the dashboard opens with");
      HttpClient http = HttpClient.newHttpClient();
      String[] paths = {
        "/api/v1/values?indicator=" + LoadedIndicator.code() + "&area=3510&period=" + this.year + "&children=true",
        "/api/v1/values?indicator=MEDIAN_TURNAROUND_HOURS&area=351001&period=" + this.year + "-Q2&children=true",
        "/api/v1/values?indicator=SERVICE_REQUESTS&area=3510",
        "/api/v1/values?indicator=POVERTY_P0&area=3510&period=" + this.year + "&children=true",
        "/api/v1/values?indicator=STUNTING_PREVALENCE&area=351001&period=" + this.year + "&children=true"
      };
      double[] millis = new double[requests];
      for (int i = 0; i < requests; i++) {
        long s = System.nanoTime();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + server.port() + paths[i % paths.length])).build(), HttpResponse.BodyHandlers.ofString());
        millis[i] = (System.nanoTime() - s) / 1e6;
        if (r.statusCode() != 200) {
          throw new IllegalStateException(paths[i % paths.length] + " -> " + r.statusCode());
        }
      }
      Arrays.sort(millis);
      System.out.printf("%-36s p50 %.1f ms, p95 %.1f ms, max %.1f ms over %d requests%n", "API /api/v1/values",
          millis[requests / 2], millis[(int) (requests * 0.95)], millis[requests - 1], requests);
      LoadBench load = new LoadBench(server.port(), connections, Duration.ofSeconds(loadSeconds), 2_000_000);
      load.printFirstViews(server.firstView(), users);
      return load.printComparison(this.year, republish, publishes);
    } finally {
      server.stop();
    }
  }

  /** Moves the last day's kiosk files aside: they arrive after the history, as the next day would. */
  private static long moveLastDay(Path history, Path nextDay, LocalDate last) throws java.io.IOException {
    String suffix = "_" + last.toString().replace("-", "") + ".";
    Files.createDirectories(nextDay.resolve("kiosk"));
    long moved = 0;
    try (var files = Files.list(history.resolve("kiosk"))) {
      for (Path f : files.filter(f -> f.getFileName().toString().contains(suffix)).toList()) {
        Files.move(f, nextDay.resolve("kiosk").resolve(f.getFileName()));
        moved++;
      }
    }
    return moved;
  }

  private static double secs(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  private static void ratio(String what, double ours, double reference, String unit) {
    System.out.printf("  %-44s %6.2fx  (%.1f %s vs %.1f %s)%n", what, ours / reference, ours, unit, reference, unit);
  }

  private static void print(String step, long t0, String detail) {
    System.out.printf("%-36s %7.1f s  %s%n", step, secs(t0), detail);
  }
}
