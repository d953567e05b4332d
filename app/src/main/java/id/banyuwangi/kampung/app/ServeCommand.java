package id.banyuwangi.kampung.app;

import id.banyuwangi.kampung.api.ApiServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serve the dashboard, chart images and the data API (/api/v1) from a warehouse file; picks up rebuilds without restart.")
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--warehouse", required = true, description = "The DuckDB file built by 'kampung build'.")
  Path warehouse;

  @Option(names = "--port", defaultValue = "7070", description = "HTTP port (default: ${DEFAULT-VALUE}).")
  int port;

  @Override
  public Integer call() throws InterruptedException {
    serveUntilStopped(warehouse, port);
    return 0;
  }

  static void serveUntilStopped(Path warehouse, int port) throws InterruptedException {
    if (!Files.isRegularFile(warehouse)) {
      throw new IllegalArgumentException("no warehouse at " + warehouse + ": run 'kampung build' first");
    }
    ApiServer server = ApiServer.start(warehouse, port);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop();
      stopped.countDown();
    }));
    System.out.println("Dashboard: http://localhost:" + server.port() + "/  (API: /api/v1/indicators; Ctrl-C stops)");
    stopped.await();
  }
}
