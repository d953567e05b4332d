package id.banyuwangi.kampung.app;

import id.banyuwangi.kampung.app.watch.WatchLoop;
import id.banyuwangi.kampung.domain.person.Pseudonymizer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description = {
      "One warm JVM: ingest what is not yet in the lake, build, then watch --source and, whenever files land",
      "(complete when renamed into place: hidden, *.tmp and other partial names are ignored), ingest them as one",
      "batch, rebuild the warehouse and publish it atomically; logs each cycle's timings. Ctrl-C stops.",
      "Needs the pseudonymisation key in KAMPUNG_PSEUDONYM_KEY (or a file named by KAMPUNG_PSEUDONYM_KEY_FILE)."
    })
final class WatchCommand implements Callable<Integer> {
  @Option(names = "--source", required = true, description = "Source directory (kiosk/, population/, ...) where files land.")
  Path source;

  @Option(names = "--lake", required = true, description = "Lake root (local directory or Hadoop URI).")
  String lake;

  @Option(names = "--warehouse", required = true, description = "The DuckDB file to publish after each batch.")
  Path warehouse;

  @Option(names = "--serve", paramLabel = "PORT", description = "Also serve the dashboard and API on PORT, answering from each new build.")
  Integer port;

  @Option(names = "--quiet-seconds", defaultValue = "2", description = "A batch closes when nothing landed for this long (default: ${DEFAULT-VALUE}).")
  double quietSeconds;

  @Option(names = "--scan-seconds", defaultValue = "30", description = "Fallback scan of the source directories (default: every ${DEFAULT-VALUE} s).")
  double scanSeconds;

  @Option(names = "--master", description = "Spark master URL (default: embedded local mode).")
  String master;

  @Override
  public Integer call() throws Exception {
    WatchLoop.Settings settings = new WatchLoop.Settings(source, lake, warehouse, master, seconds(quietSeconds),
        Duration.ofSeconds(30), seconds(scanSeconds));
    watch(settings, Pseudonymizer.fromEnvironment(), port, () -> { });
    return 0;
  }

  /** A step run once the catch-up cycle has built the warehouse (the demo writes its reports). */
  interface AfterCatchUp {
    void run() throws Exception;
  }

  /** Catches up, runs {@code afterCatchUp}, serves when {@code port} is given, then watches until Ctrl-C. */
  static void watch(WatchLoop.Settings settings, Pseudonymizer key, Integer port, AfterCatchUp afterCatchUp)
      throws Exception {
    WatchLoop loop = new WatchLoop(settings, key, report -> System.out.println(report));
    Thread main = Thread.currentThread();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      main.interrupt();
      loop.close();
    }));
    loop.catchUp();
    afterCatchUp.run();
    if (port != null) {
      System.out.println("Dashboard: http://localhost:" + loop.serve(port) + "/  (API: /api/v1/indicators)");
    }
    System.out.println("Watching " + settings.source() + " (drop files into kiosk/, population/, ...; Ctrl-C stops)");
    try {
      loop.run();
    } catch (InterruptedException stopped) { // Ctrl-C: the shutdown hook closes the loop
      System.out.println("watch stopped");
    }
  }

  private static Duration seconds(double s) {
    return Duration.ofMillis(Math.round(s * 1000));
  }
}
