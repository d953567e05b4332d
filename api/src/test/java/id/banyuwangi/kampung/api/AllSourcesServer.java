package id.banyuwangi.kampung.api;

import id.banyuwangi.kampung.warehouse.AllSourcesLake;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One real server over the warehouse the real models build from all sources in one lake (the
 * warehouse module's test lakes), started once per test JVM and shared by the classes that read
 * every indicator and the dashboard's routes (each would otherwise build the same warehouse).
 * Stopped when the JVM ends.
 */
final class AllSourcesServer {
  static final ApiServer SERVER;
  static final Http HTTP;

  static {
    try {
      Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "all-sources-server-"); // fresh each JVM
      SERVER = ApiServer.start(AllSourcesLake.buildWarehouse(dir), 0);
      HTTP = new Http(SERVER.port());
      Runtime.getRuntime().addShutdownHook(new Thread(SERVER::stop));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private AllSourcesServer() {}
}
