package id.banyuwangi.kampung.app;

import id.banyuwangi.kampung.domain.poverty.PovertyLines;
import id.banyuwangi.kampung.warehouse.BuildSummary;
import id.banyuwangi.kampung.warehouse.WarehouseBuilder;
import java.io.IOException;
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

  @Option(names = "--poverty-lines", paramLabel = "FILE", description = {
      "CSV 'year,poverty_line_idr_per_capita_month' overriding or adding to the shipped BPS lines",
      "(2023: 448,928; 2024: 470,713 rupiah per capita per month)."})
  Path povertyLines;

  @Option(names = "--allow-shrink", description = {
      "Publish even when the new build has fewer than 90% of the published warehouse's indicator cells",
      "(without it such a build is refused: a wrong --lake must not blank the dashboard)."})
  boolean allowShrink;

  @Override
  public Integer call() throws IOException {
    PovertyLines lines = povertyLines == null ? PovertyLines.shipped() : PovertyLines.shippedWith(povertyLines);
    System.out.println(build(lake, warehouse, lines, allowShrink));
    return 0;
  }

  static BuildSummary build(String lake, Path warehouse, PovertyLines povertyLines) {
    return build(lake, warehouse, povertyLines, false);
  }

  static BuildSummary build(String lake, Path warehouse, PovertyLines povertyLines, boolean allowShrink) {
    ConsoleProgress progress = new ConsoleProgress();
    try {
      return WarehouseBuilder.build(lake, warehouse, povertyLines, allowShrink, progress);
    } finally {
      progress.done();
    }
  }
}
