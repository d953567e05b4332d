package id.banyuwangi.kampung.app;

import id.banyuwangi.kampung.reports.planner.PlannerReports;
import id.banyuwangi.kampung.reports.planner.ReportFormat;
import id.banyuwangi.kampung.reports.planner.ReportSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Write the planner report of one area and year from a warehouse file: DIR/kampung-<area>-<year>.pdf and .xlsx.",
      "Per domain the area's indicators and those of its kecamatan or villages, with ranked charts; the build id and"
          + " the Delta table versions read; the indicator definitions. Reads only public values (small cells suppressed)."
    })
final class ReportCommand implements Callable<Integer> {
  @Option(names = "--warehouse", required = true, description = "The DuckDB file built by 'kampung build'.")
  Path warehouse;

  @Option(names = "--area", required = true, description = "The regency 3510, a kecamatan (e.g. 351001) or a village (e.g. 3510012001).")
  String area;

  @Option(names = "--year", required = true, description = "The report year, e.g. 2024 (school-year indicators: the school year starting in it, or the latest one before).")
  int year;

  @Option(names = "--out", required = true, description = "Directory to write the report files into.")
  Path out;

  @Option(names = "--format", defaultValue = "pdf,xlsx", description = "Comma-separated formats: pdf, xlsx (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() throws Exception {
    write(warehouse, new ReportSpec(area, year), ReportFormat.parseList(format), out).forEach(System.out::println);
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
