package id.banyuwangi.kampung.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import id.banyuwangi.kampung.domain.progress.Progress;
import id.banyuwangi.kampung.warehouse.BuildSummary;
import id.banyuwangi.kampung.warehouse.KioskEventRows;
import id.banyuwangi.kampung.warehouse.KioskEventRows.Request;
import id.banyuwangi.kampung.warehouse.SampleServiceLake;
import id.banyuwangi.kampung.warehouse.WarehouseBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rebuild renames a new warehouse over the served one; the server follows without restart. */
class WarehouseReloadTest {
  /** Two builds by the real models, of the first 100 and the first 300 sample requests. */
  @TempDir static Path builds;
  static Build small;
  static Build large;

  record Build(Path file, String id, double regencyRequests2024) {}

  @TempDir Path dir;

  @BeforeAll
  static void buildTwice() {
    small = build(100);
    large = build(300);
  }

  @Test
  void anAtomicallyReplacedWarehouseIsServedWithoutRestart() throws Exception {
    Path file = dir.resolve("warehouse.duckdb");
    publish(small, file);
    ApiServer server = ApiServer.start(file, 0);
    try {
      Http http = new Http(server.port());
      assertEquals(small.regencyRequests2024(), regencyRequests(http));
      assertEquals(small.id(), http.json("/health", 200).get("build_id").asText());

      publish(large, file);

      assertEquals(large.regencyRequests2024(), regencyRequests(http));
      assertEquals(large.id(), http.json("/health", 200).get("build_id").asText());
    } finally {
      server.stop();
    }
  }

  @Test
  void aRequestRunningOnTheOldBuildFinishesOnIt() throws Exception {
    Path file = dir.resolve("warehouse.duckdb");
    publish(small, file);
    WarehouseConnection warehouse = new WarehouseConnection(file);
    try (Connection old = warehouse.connect()) {
      publish(large, file);
      try (Connection fresh = warehouse.connect()) {
        assertEquals(large.id(), buildId(fresh));
      }
      assertEquals(small.id(), buildId(old));
    } finally {
      warehouse.close();
    }
  }

  @Test
  void noWarehouseYetIs503() throws Exception {
    ApiServer server = ApiServer.start(dir.resolve("missing.duckdb"), 0);
    try {
      JsonNode body = new Http(server.port()).json("/health", 503);
      assertEquals("the warehouse has not been built yet", body.get("error").asText());
      assertEquals("unavailable", body.get("status").asText());
    } finally {
      server.stop();
    }
  }

  @Test
  void replacedBuildsAreClosedOnceTheirRequestsFinish() throws Exception {
    Path fds = Path.of("/proc/self/fd");
    Assumptions.assumeTrue(Files.isDirectory(fds), "needs /proc (Linux)");
    Path file = dir.resolve("warehouse.duckdb");
    publish(small, file);
    ApiServer server = ApiServer.start(file, 0);
    try {
      Http http = new Http(server.port());
      for (int round = 1; round <= 5; round++) {
        Build next = round % 2 == 1 ? large : small;
        publish(next, file);
        assertEquals(next.regencyRequests2024(), regencyRequests(http));
      }
      assertEquals(0, deletedWarehousesStillOpen(fds), "old builds keep no file open");
    } finally {
      server.stop();
    }
  }

  private static Build build(int requests) {
    List<Request> some = SampleServiceLake.requests().subList(0, requests);
    Path lake = KioskEventRows.write(builds.resolve("lake-" + requests), some);
    Path file = builds.resolve("warehouse-" + requests + ".duckdb");
    BuildSummary summary = WarehouseBuilder.build(lake.toString(), file, Progress.NONE);
    double in2024 = some.stream().filter(r -> r.submittedAt().getYear() == 2024).count();
    return new Build(file, summary.buildId(), in2024);
  }

  /** As a build publishes: a complete copy beside the target, renamed over it. */
  private static void publish(Build build, Path target) throws Exception {
    Path next = target.resolveSibling(target.getFileName() + ".building");
    Files.copy(build.file(), next, StandardCopyOption.REPLACE_EXISTING);
    Files.move(next, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  private static long deletedWarehousesStillOpen(Path fds) throws Exception {
    try (var links = Files.list(fds)) {
      return links.map(WarehouseReloadTest::target).filter(t -> t.contains(".duckdb") && t.endsWith("(deleted)")).count();
    }
  }

  private static String target(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (Exception e) {
      return "";
    }
  }

  private static double regencyRequests(Http http) throws Exception {
    return http.json("/api/v1/values?indicator=SERVICE_REQUESTS&area=3510&period=2024", 200)
        .get("values").get(0).get("value").asDouble();
  }

  private static String buildId(Connection c) throws Exception {
    try (var s = c.createStatement(); var r = s.executeQuery("SELECT value FROM _build_info WHERE key = 'build_id'")) {
      r.next();
      return r.getString(1);
    }
  }
}
