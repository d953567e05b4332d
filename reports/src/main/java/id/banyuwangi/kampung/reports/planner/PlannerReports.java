package id.banyuwangi.kampung.reports.planner;

import id.banyuwangi.kampung.domain.progress.Progress;
import id.banyuwangi.kampung.read.PublishedCatalog;
import id.banyuwangi.kampung.reports.Lang;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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

  /** What {@link #writeAll} wrote. */
  public record AllReports(int areas, List<Path> files, Path csv, long csvRows) {}

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
      written.add(writeFile(report, format, outDir));
      progress.step(1);
    }
    return written;
  }

  /**
   * Writes the report of every area of the warehouse (the regency, its kecamatan and villages) for
   * {@code year} in each format, and one CSV of every public value ({@link PublicValuesCsv}), into
   * {@code outDir}. The year's values are read once; one progress step per area.
   */
  public static AllReports writeAll(Path warehouse, int year, Lang lang, Set<ReportFormat> formats, Path outDir,
      Progress progress) throws IOException, SQLException {
    try (Connection c = open(warehouse)) {
      ReportData data = new ReportData(c);
      ReportData.ReportYear values = data.year(year);
      List<ReportArea> areas = data.areas();
      Files.createDirectories(outDir);
      progress.start("reports " + year, areas.size() + 1L);
      List<Path> written = new ArrayList<>();
      for (ReportArea area : areas) {
        PlannerReport report = values.report(new ReportSpec(area.code(), year, lang));
        for (ReportFormat format : formats) {
          written.add(writeFile(report, format, outDir));
        }
        progress.step(1);
      }
      Path csv = outDir.resolve(PublicValuesCsv.FILE_NAME);
      long rows = replaceWhole(csv, part -> {
        try (Writer out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
          return PublicValuesCsv.write(c, PublishedCatalog.read(c), lang, out);
        }
      });
      progress.step(1);
      return new AllReports(areas.size(), written, csv, rows);
    }
  }

  /** Loads the report of {@code spec} from the warehouse file, opened read-only. */
  public static PlannerReport load(Path warehouse, ReportSpec spec) throws SQLException {
    try (Connection c = open(warehouse)) {
      return new ReportData(c).load(spec);
    }
  }

  private static Path writeFile(PlannerReport report, ReportFormat format, Path outDir) throws IOException {
    Path file = outDir.resolve(report.spec().fileName(format));
    replaceWhole(file, part -> {
      try (OutputStream out = Files.newOutputStream(part)) {
        format.writer().write(report, out);
      }
      return 0L;
    });
    return file;
  }

  private interface PartWriter {
    long write(Path part) throws IOException;
  }

  /** Writes {@code file} beside it, then moves it over the old one: a reader sees the old file or the new one. */
  private static long replaceWhole(Path file, PartWriter writer) throws IOException {
    Path part = file.resolveSibling(file.getFileName() + ".part");
    long result = writer.write(part);
    Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return result;
  }

  private static Connection open(Path warehouse) throws SQLException {
    if (!Files.isRegularFile(warehouse)) {
      throw new IllegalArgumentException("no warehouse at " + warehouse + ": run 'kampung build' first");
    }
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    return DriverManager.getConnection("jdbc:duckdb:" + warehouse.toAbsolutePath(), readOnly);
  }
}
