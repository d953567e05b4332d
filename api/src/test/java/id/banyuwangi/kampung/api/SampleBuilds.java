package id.banyuwangi.kampung.api;

import id.banyuwangi.kampung.domain.progress.Progress;
import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.warehouse.BuildOptions;
import id.banyuwangi.kampung.warehouse.BuildSummary;
import id.banyuwangi.kampung.warehouse.KioskEventRows;
import id.banyuwangi.kampung.warehouse.KioskEventRows.Request;
import id.banyuwangi.kampung.warehouse.SampleServiceLake;
import id.banyuwangi.kampung.warehouse.WarehouseBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Warehouses built by the real models (WarehouseBuilder) from the first N sample service requests:
 * builds whose answers differ, made once per test JVM and shared by the test classes that republish.
 */
final class SampleBuilds {
  record Build(Path file, String id, double regencyRequests2024) {}

  /**
   * A few hundred requests over a year are small cells nearly everywhere, and disclosure control
   * then rightly hides even the regency's total; these builds test serving and republishing, not
   * disclosure (DisclosureControlTest does), so their catalog's threshold is 1: every cell shown.
   */
  static final IndicatorCatalog EVERY_CELL_SHOWN = IndicatorCatalog.of(IndicatorCatalog.standard().all(),
      IndicatorCatalog.standard().measures(), IndicatorCatalog.standard().breakdowns(), 1);

  private static final Map<Integer, Build> BUILT = new ConcurrentHashMap<>();
  private static final Path DIR = tempDir();

  private SampleBuilds() {}

  /** The build of the first {@code requests} sample requests. */
  static Build of(int requests) {
    return BUILT.computeIfAbsent(requests, SampleBuilds::build);
  }

  /** As a build publishes: a complete copy beside the target, renamed over it (a new file each time). */
  static void publish(Build build, Path target) throws IOException {
    Path next = target.resolveSibling(target.getFileName() + ".building");
    Files.copy(build.file(), next, StandardCopyOption.REPLACE_EXISTING);
    Files.move(next, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  private static Build build(int requests) {
    List<Request> some = SampleServiceLake.requests().subList(0, requests);
    Path lake = KioskEventRows.write(DIR.resolve("lake-" + requests), some);
    Path file = DIR.resolve("warehouse-" + requests + ".duckdb");
    BuildSummary summary = WarehouseBuilder.build(BuildOptions.of(lake.toString(), file).withCatalog(EVERY_CELL_SHOWN),
        Progress.NONE);
    double in2024 = some.stream().filter(r -> r.submittedAt().getYear() == 2024).count();
    return new Build(file, summary.buildId(), in2024);
  }

  private static Path tempDir() {
    try {
      // fresh: a rerun must not append to an old lake
      return Files.createTempDirectory(Files.createDirectories(Path.of("target")), "sample-builds-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
