package id.banyuwangi.kampung.api;

import static id.banyuwangi.kampung.reports.TestWarehouse.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import id.banyuwangi.kampung.reports.TestWarehouse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarehouseReloadTest {
  @TempDir Path dir;

  @Test
  void anAtomicallyReplacedWarehouseIsServedWithoutRestart() throws Exception {
    Path file = dir.resolve("warehouse.duckdb");
    TestWarehouse.create(file, "build-1", List.of(count("SERVICE_REQUESTS", "3510", "2024", 100)));
    ApiServer server = ApiServer.start(file, 0);
    try {
      Http http = new Http(server.port());
      assertEquals(100.0, regencyRequests(http));
      assertEquals("build-1", http.json("/health", 200).get("build_id").asText());

      Path next = dir.resolve("warehouse.duckdb.building-2");
      TestWarehouse.create(next, "build-2", List.of(count("SERVICE_REQUESTS", "3510", "2024", 200)));
      Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);

      assertEquals(200.0, regencyRequests(http));
      assertEquals("build-2", http.json("/health", 200).get("build_id").asText());
    } finally {
      server.stop();
    }
  }

  @Test
  void aRequestRunningOnTheOldBuildFinishesOnIt() throws Exception {
    Path file = dir.resolve("warehouse.duckdb");
    TestWarehouse.create(file, "build-1", List.of());
    WarehouseConnection warehouse = new WarehouseConnection(file);
    try (WarehouseBuild.Lease old = warehouse.lease()) {
      Path next = dir.resolve("next.duckdb");
      TestWarehouse.create(next, "build-2", List.of());
      Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      try (WarehouseBuild.Lease fresh = warehouse.lease()) {
        assertEquals("build-2", fresh.build().id());
        assertEquals("build-2", buildId(fresh.build()));
      }
      assertTrue(old.build().retired());
      assertEquals("build-1", old.build().id());
      assertEquals("build-1", buildId(old.build()), "a retired build still reads while a request holds it");
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
    TestWarehouse.create(file, "build-0", List.of(count("SERVICE_REQUESTS", "3510", "2024", 0)));
    ApiServer server = ApiServer.start(file, 0);
    try {
      Http http = new Http(server.port());
      for (int build = 1; build <= 5; build++) {
        Path next = dir.resolve("next-" + build + ".duckdb");
        TestWarehouse.create(next, "build-" + build, List.of(count("SERVICE_REQUESTS", "3510", "2024", 100 * build)));
        Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        assertEquals(100.0 * build, regencyRequests(http));
      }
      // The background warmer may still be finishing an answer of the build before: give it a moment.
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (deletedWarehousesStillOpen(fds) > 0 && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertEquals(0, deletedWarehousesStillOpen(fds), "old builds keep no file open");
    } finally {
      server.stop();
    }
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

  private static String buildId(WarehouseBuild build) throws Exception {
    try (BuildConnections.Pooled c = build.connection(); var s = c.connection().createStatement();
        var r = s.executeQuery("SELECT value FROM _build_info WHERE key = 'build_id'")) {
      r.next();
      return r.getString(1);
    }
  }
}
