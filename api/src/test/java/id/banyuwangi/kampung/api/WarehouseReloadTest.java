package id.banyuwangi.kampung.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import id.banyuwangi.kampung.api.SampleBuilds.Build;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rebuild renames a new warehouse over the served one; the server follows without restart. */
class WarehouseReloadTest {
  /** Two builds by the real models, of the first 100 and the first 300 sample requests. */
  static final Build small = SampleBuilds.of(100);
  static final Build large = SampleBuilds.of(300);

  @TempDir Path dir;

  @Test
  void anAtomicallyReplacedWarehouseIsServedWithoutRestart() throws Exception {
    Path file = dir.resolve("warehouse.duckdb");
    SampleBuilds.publish(small, file);
    ApiServer server = ApiServer.start(file, 0);
    try {
      Http http = new Http(server.port());
      assertEquals(small.regencyRequests2024(), regencyRequests(http));
      assertEquals(small.id(), http.json("/health", 200).get("build_id").asText());

      SampleBuilds.publish(large, file);

      assertEquals(large.regencyRequests2024(), regencyRequests(http));
      assertEquals(large.id(), http.json("/health", 200).get("build_id").asText());
    } finally {
      server.stop();
    }
  }

  @Test
  void aRequestRunningOnTheOldBuildFinishesOnIt() throws Exception {
    Path file = dir.resolve("warehouse.duckdb");
    SampleBuilds.publish(small, file);
    WarehouseConnection warehouse = new WarehouseConnection(file);
    try (WarehouseBuild.Lease old = warehouse.lease()) {
      SampleBuilds.publish(large, file);
      try (WarehouseBuild.Lease fresh = warehouse.lease()) {
        assertEquals(large.id(), fresh.build().id());
        assertEquals(large.id(), buildId(fresh.build()));
      }
      assertTrue(old.build().retired());
      assertEquals(small.id(), old.build().id());
      assertEquals(small.id(), buildId(old.build()), "a retired build still reads while a request holds it");
    } finally {
      warehouse.close();
    }
  }

  @Test
  void noWarehouseYetIs503() throws Exception {
    ApiServer server = ApiServer.start(dir.resolve("missing.duckdb"), 0);
    try {
      JsonNode body = new Http(server.port()).json("/health", 503);
      assertEquals("the warehouse has not been built yet", body.get("detail").asText());
      assertEquals(503, body.get("status").asInt());
      assertEquals("Service Unavailable", body.get("title").asText());
    } finally {
      server.stop();
    }
  }

  @Test
  void replacedBuildsAreClosedOnceTheirRequestsFinish() throws Exception {
    Path fds = Path.of("/proc/self/fd");
    Assumptions.assumeTrue(Files.isDirectory(fds), "needs /proc (Linux)");
    Path file = dir.resolve("warehouse.duckdb");
    SampleBuilds.publish(small, file);
    ApiServer server = ApiServer.start(file, 0);
    try {
      Http http = new Http(server.port());
      for (int round = 1; round <= 5; round++) {
        Build next = round % 2 == 1 ? large : small;
        SampleBuilds.publish(next, file);
        assertEquals(next.regencyRequests2024(), regencyRequests(http));
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
