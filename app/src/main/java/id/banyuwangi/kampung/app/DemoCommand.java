package id.banyuwangi.kampung.app;

import id.banyuwangi.kampung.api.access.AccessOptions;
import id.banyuwangi.kampung.app.watch.WatchLoop;
import id.banyuwangi.kampung.warehouse.BuildOptions;
import id.banyuwangi.kampung.domain.region.RegionHierarchy;
import id.banyuwangi.kampung.generator.GeneratorConfig;
import id.banyuwangi.kampung.reports.planner.ReportFormat;
import id.banyuwangi.kampung.reports.planner.ReportSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Everything on the embedded defaults: generate a sample regency, ingest it with local Spark into a local Delta lake,",
      "build the DuckDB marts, write the regency's planner report (PDF, Excel) and serve the dashboard at http://localhost:7070."
    })
final class DemoCommand implements Callable<Integer> {
  @Option(names = "--dir", defaultValue = "demo-data", description = "Working directory for sources, lake and warehouse (default: ${DEFAULT-VALUE}).")
  Path dir;

  @Option(names = "--from", defaultValue = "2024-01-01", description = "First day of the sample (default: ${DEFAULT-VALUE}).")
  LocalDate from;

  @Option(names = "--to", defaultValue = "2024-12-31", description = "Last day of the sample (default: ${DEFAULT-VALUE}).")
  LocalDate to;

  @Option(names = "--scale", defaultValue = "0.05", description = "Volume relative to the real regency (default: ${DEFAULT-VALUE}).")
  double scale;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--port", defaultValue = "7070", description = "HTTP port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--no-serve", description = "Stop after the build instead of serving (for benchmarks and CI).")
  boolean noServe;

  @Option(names = "--watch", description = {
      "Stay in one warm JVM after the first build: files dropped into DIR/sources/kiosk/ (or another source",
      "directory) are ingested, built and served within the minute (see 'kampung watch')."})
  boolean watch;

  @Override
  public Integer call() throws Exception {
    long start = System.nanoTime();
    Path sources = dir.resolve("sources");
    Path lake = dir.resolve("lake");
    Path warehouse = dir.resolve("warehouse.duckdb");
    var key = DemoKey.resolve(dir);

    if (Files.isDirectory(sources.resolve("kiosk"))) {
      System.out.println("1/4 generate: sources already in " + sources + " (delete it to regenerate)");
    } else {
      System.out.println("1/4 generate: sample regency -> " + sources);
      System.out.println(GenerateCommand.generate(new GeneratorConfig(sources, from, to, scale, seed)));
    }
    WatchCommand.AfterCatchUp reportsAndReady = () -> {
      Path reports = dir.resolve("reports");
      System.out.println("4/4 reports: the regency's planner report for " + to.getYear() + " -> " + reports);
      ReportCommand.write(warehouse, new ReportSpec(RegionHierarchy.REGENCY_CODE, to.getYear()), EnumSet.allOf(ReportFormat.class), reports)
          .forEach(f -> System.out.println("  " + f));
      System.out.printf("Demo data ready in %s s%n", Duration.ofNanos(System.nanoTime() - start).toSeconds());
    };
    if (watch) {
      System.out.println("2-3/4 watch: ingest " + sources + " -> Delta lake " + lake + ", build -> " + warehouse + ", then watch");
      WatchCommand.watch(WatchLoop.Settings.of(sources, lake.toString(), warehouse), key, noServe ? null : port, reportsAndReady);
      return 0;
    }
    System.out.println("2/4 ingest: " + sources + " -> Delta lake " + lake);
    System.out.println(IngestCommand.report(IngestCommand.ingest(sources.toString(), lake.toString(), null, key)));
    System.out.println("3/4 build: " + lake + " -> " + warehouse);
    System.out.println(BuildCommand.build(BuildOptions.of(lake.toString(), warehouse)));
    reportsAndReady.run();
    if (!noServe) {
      ServeCommand.serveUntilStopped(warehouse, port, AccessOptions.DEFAULT); // a local demo: no rate limit
    }
    return 0;
  }
}
