package id.banyuwangi.kampung.reports.planner;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The file formats a planner report is written in. */
public enum ReportFormat {
  PDF("pdf", PdfReportWriter::new),
  XLSX("xlsx", ExcelReportWriter::new);

  private final String extension;
  private final Supplier<ReportWriter> writer;

  ReportFormat(String extension, Supplier<ReportWriter> writer) {
    this.extension = extension;
    this.writer = writer;
  }

  public String extension() {
    return extension;
  }

  /** Writes {@code report} in this format to {@code out} (left open). */
  public void write(PlannerReport report, java.io.OutputStream out) throws java.io.IOException {
    writer().write(report, out);
  }

  ReportWriter writer() {
    return writer.get();
  }

  /**
   * Parses a comma-separated list such as {@code pdf,xlsx} (case-insensitive).
   *
   * @throws IllegalArgumentException naming the accepted formats when one is unknown
   */
  public static Set<ReportFormat> parseList(String list) {
    Set<ReportFormat> formats = new LinkedHashSet<>();
    for (String item : list.split(",")) {
      String name = item.trim().toLowerCase(Locale.ROOT);
      formats.add(Arrays.stream(values()).filter(f -> f.extension.equals(name)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("unknown report format '" + item.trim()
              + "': use " + Arrays.stream(values()).map(ReportFormat::extension).collect(Collectors.joining(", ")))));
    }
    return formats;
  }
}
