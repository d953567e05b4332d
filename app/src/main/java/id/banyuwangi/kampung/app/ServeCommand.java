package id.banyuwangi.kampung.app;

import id.banyuwangi.kampung.api.ApiServer;
import id.banyuwangi.kampung.api.access.AccessOptions;
import id.banyuwangi.kampung.api.access.RateLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

  @Option(names = "--keys", paramLabel = "FILE", description = "The API key store (default: WAREHOUSE_FILE.keys; see 'kampung keys').")
  Path keys;

  @Option(names = "--cors-origin", paramLabel = "URL", description = "An origin whose web pages may call the API (repeatable; default: none).")
  List<String> corsOrigins = new ArrayList<>();

  @Option(names = "--rate-limit", paramLabel = "N", defaultValue = "" + RateLimits.Config.SERVE_ANONYMOUS, description = "Requests per minute per client address without a key (0: no limit; default: ${DEFAULT-VALUE}).")
  long anonymousPerMinute;

  @Option(names = "--keyed-rate-limit", paramLabel = "N", defaultValue = "" + RateLimits.Config.SERVE_KEYED, description = "Requests per minute per key with aggregates:read (0: no limit; default: ${DEFAULT-VALUE}).")
  long keyedPerMinute;

  @Override
  public Integer call() throws InterruptedException {
    serveUntilStopped(warehouse, port,
        new AccessOptions(keys, corsOrigins, new RateLimits.Config(anonymousPerMinute, keyedPerMinute)));
    return 0;
  }

  static void serveUntilStopped(Path warehouse, int port, AccessOptions access) throws InterruptedException {
    if (!Files.isRegularFile(warehouse)) {
      throw new IllegalArgumentException("no warehouse at " + warehouse + ": run 'kampung build' first");
    }
    ApiServer server = ApiServer.start(warehouse, port, access);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop();
      stopped.countDown();
    }));
    System.out.println("Dashboard: http://localhost:" + server.port() + "/  (API: /api/v1/indicators; Ctrl-C stops)");
    stopped.await();
  }
}
