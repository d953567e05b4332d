package id.banyuwangi.kampung.app;

import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.domain.poverty.PovertyLines;
import id.banyuwangi.kampung.warehouse.BuildOptions;
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
      "Build the DuckDB marts from a pinned Delta snapshot of silver (no Spark), as 'dbt build' does: the models",
      "in the order their ref()s give, then every data test beside them; a failing test publishes nothing.",
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

  @Option(names = "--catalog", paramLabel = "DIR", description = {
      "A catalog directory with its own indicators.csv (and measures.csv, breakdowns.csv where they differ):",
      "a new indicator over existing measures is one more row. Default: the shipped catalog."})
  Path catalog;

  @Option(names = "--docs", paramLabel = "DIR", description = {
      "Also write the models' documentation (purpose, columns, tests and their results, lineage, SQL) to DIR/index.html."})
  Path docs;

  @Option(names = "--allow-shrink", description = {
      "Publish even when the new build has fewer than 90%% of the published warehouse's indicator cells",
      "(without it such a build is refused: a wrong --lake must not blank the dashboard)."})
  boolean allowShrink;

  @Option(names = "--keep-builds", paramLabel = "N", defaultValue = "10", description = {
      "Keep the last N published builds beside the warehouse (FILE.builds/), for API answers asOf an earlier",
      "build (default: ${DEFAULT-VALUE}; 0 keeps none)."})
  int keepBuilds;

  @Option(names = "--incremental", description = {
      "Start from the published warehouse and re-run only the models the lake tables changed since then reach",
      "(the same tables as a full build; a full build when the warehouse was built by other models or catalog)."})
  boolean incremental;

  @Override
  public Integer call() throws IOException {
    BuildOptions options = BuildOptions.of(lake, warehouse).withIncremental(incremental)
        .withPovertyLines(povertyLines == null ? PovertyLines.shipped() : PovertyLines.shippedWith(povertyLines));
    if (catalog != null) {
      options = options.withCatalog(IndicatorCatalog.load(catalog));
    }
    if (docs != null) {
      options = options.withDocs(docs);
    }
    if (allowShrink) {
      options = options.withAllowShrink();
    }
    options = options.withKeepBuilds(keepBuilds);
    System.out.println(build(options));
    if (docs != null) {
      System.out.println("docs: " + docs.resolve("index.html"));
    }
    return 0;
  }

  static BuildSummary build(BuildOptions options) {
    ConsoleProgress progress = new ConsoleProgress();
    try {
      return WarehouseBuilder.build(options, progress);
    } finally {
      progress.done();
    }
  }
}
