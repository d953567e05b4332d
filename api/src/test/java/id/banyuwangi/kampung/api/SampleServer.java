package id.banyuwangi.kampung.api;

import id.banyuwangi.kampung.warehouse.BuildSummary;
import id.banyuwangi.kampung.warehouse.SampleServiceLake;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One real server on a free port over the warehouse the real models build from the sample service
 * lake, started once per test JVM and shared by the data API's test classes (each would otherwise
 * build the same warehouse again). Stopped when the JVM ends.
 */
final class SampleServer {
  static final BuildSummary BUILD;
  static final Path WAREHOUSE;
  static final ApiServer SERVER;
  static final Http HTTP;

  static {
    try {
      Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "sample-server-"); // fresh each JVM
      BUILD = SampleServiceLake.buildWarehouse(dir);
      WAREHOUSE = SampleServiceLake.warehouseOf(dir);
      SERVER = ApiServer.start(WAREHOUSE, 0);
      HTTP = new Http(SERVER.port());
      Runtime.getRuntime().addShutdownHook(new Thread(SERVER::stop));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SampleServer() {}
}
