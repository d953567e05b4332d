package id.banyuwangi.kampung.reports.planner;

import id.banyuwangi.kampung.domain.progress.Progress;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/** Writes planner reports from a warehouse file: {@code DIR/kampung-<area>-<year>.pdf} and {@code .xlsx}. */
public final class PlannerReports {
  private PlannerReports() {}

  /**
   * Loads the report of {@code spec} from the warehouse (read-only) and writes it in each format
   * into {@code outDir}, each file replaced whole (written beside it, then moved over it).
   *
   * @return the files written, in the order of {@code formats}
   * @throws IllegalArgumentException when there is no warehouse file, or the area or year is unknown
   */
  public static List<Path> write(Path warehouse, ReportSpec spec, Set<ReportFormat> formats, Path outDir)
      throws IOException, SQLException {
    return write(warehouse, spec, formats, outDir, Progress.NONE);
  }

  /** As {@link #write(Path, ReportSpec, Set, Path)}, one progress step for the loading and one a file. */
  public static List<Path> write(Path warehouse, ReportSpec spec, Set<ReportFormat> formats, Path outDir,
      Progress progress) throws IOException, SQLException {
    progress.start("report " + spec.area() + " " + spec.year(), 1L + formats.size());
    PlannerReport report = load(warehouse, spec);
    progress.step(1);
    Files.createDirectories(outDir);
    List<Path> written = new ArrayList<>();
    for (ReportFormat format : formats) {
      Path file = outDir.resolve(spec.fileName(format));
      Path part = outDir.resolve(file.getFileName() + ".part");
      try (OutputStream out = Files.newOutputStream(part)) {
        format.writer().write(report, out);
      }
      Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      written.add(file);
      progress.step(1);
    }
    return written;
  }

  /** Loads the report of {@code spec} from the warehouse file, opened read-only. */
  public static PlannerReport load(Path warehouse, ReportSpec spec) throws SQLException {
    if (!Files.isRegularFile(warehouse)) {
      throw new IllegalArgumentException("no warehouse at " + warehouse + ": run 'kampung build' first");
    }
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse.toAbsolutePath(), readOnly)) {
      return new ReportData(c).load(spec);
    }
  }
}
