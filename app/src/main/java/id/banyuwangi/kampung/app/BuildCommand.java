package id.banyuwangi.kampung.app;

import id.banyuwangi.kampung.warehouse.BuildSummary;
import id.banyuwangi.kampung.warehouse.WarehouseBuilder;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Build the DuckDB marts from a pinned Delta snapshot of silver (no Spark), recording the table versions read.",
      "Publishes atomically: a reader sees the old warehouse or the new one, never a half-built one."
    })
final class BuildCommand implements Callable<Integer> {
  @Option(names = "--lake", required = true, description = "Lake root written by 'kampung ingest'.")
  String lake;

  @Option(names = "--warehouse", required = true, description = "The DuckDB file to publish.")
  Path warehouse;

  @Override
  public Integer call() {
    System.out.println(build(lake, warehouse));
    return 0;
  }

  static BuildSummary build(String lake, Path warehouse) {
    ConsoleProgress progress = new ConsoleProgress();
    try {
      return WarehouseBuilder.build(lake, warehouse, progress);
    } finally {
      progress.done();
    }
  }
}
