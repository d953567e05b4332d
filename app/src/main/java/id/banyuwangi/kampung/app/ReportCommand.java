package id.banyuwangi.kampung.app;

import id.banyuwangi.kampung.reports.Lang;
import id.banyuwangi.kampung.reports.planner.PlannerReports;
import id.banyuwangi.kampung.reports.planner.ReportFormat;
import id.banyuwangi.kampung.reports.planner.ReportSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Write the planner brief of one area and year, or of every area, from a warehouse file:"
          + " DIR/kampung-<area>-<year>.pdf and .xlsx.",
      "Page 1: the headline figures with last year and the target, and sentences per domain naming the best and worst"
          + " kecamatan or villages; then per domain the areas' tables (this year, last year, change) and charts; an"
          + " annex with the build, the Delta versions read and the definitions. Reads only public values (small cells"
          + " suppressed). With --all also DIR/kampung-public-values.csv, every public value."
    })
final class ReportCommand implements Callable<Integer> {
  @Option(names = "--warehouse", defaultValue = "demo-data/warehouse.duckdb",
      description = "The DuckDB file built by 'kampung build' (default: ${DEFAULT-VALUE}).")
  Path warehouse;

  @ArgGroup(multiplicity = "1")
  Areas areas;

  static final class Areas {
    @Option(names = "--area", required = true, description = "The regency 3510, a kecamatan (e.g. 351001) or a village (e.g. 3510012001).")
    String area;

    @Option(names = "--all", required = true, description = "Every area: the regency, its 25 kecamatan and 217 villages.")
    boolean all;
  }

  @Option(names = "--year", required = true, description = "The report year, e.g. 2024 (school-year indicators: the school year starting in it, or the latest one before).")
  int year;

  @Option(names = "--out", required = true, description = "Directory to write the report files into.")
  Path out;

  @Option(names = "--format", defaultValue = "pdf,xlsx", description = "Comma-separated formats: pdf, xlsx (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--lang", defaultValue = "id", description = "id (Indonesian) or en (English), as the dashboard's lang (default: ${DEFAULT-VALUE}).")
  String lang;

  @Override
  public Integer call() throws Exception {
    Lang language = Lang.parse(lang);
    Set<ReportFormat> formats = ReportFormat.parseList(format);
    if (!areas.all) {
      write(warehouse, new ReportSpec(areas.area, year, language), formats, out).forEach(System.out::println);
      return 0;
    }
    long start = System.nanoTime();
    ConsoleProgress progress = new ConsoleProgress();
    PlannerReports.AllReports all;
    try {
      all = PlannerReports.writeAll(warehouse, year, language, formats, out, progress);
    } finally {
      progress.done();
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    System.out.printf("%d areas, %d files and %s (%,d values) in %s in %.1f s%n", all.areas(), all.files().size(),
        all.csv().getFileName(), all.csvRows(), out, took.toMillis() / 1000.0);
    return 0;
  }

  static List<Path> write(Path warehouse, ReportSpec spec, Set<ReportFormat> formats, Path out) throws Exception {
    ConsoleProgress progress = new ConsoleProgress();
    try {
      return PlannerReports.write(warehouse, spec, formats, out, progress);
    } finally {
      progress.done();
    }
  }
}
