package id.banyuwangi.kampung.reports.planner;

import id.banyuwangi.kampung.reports.Lang;
import java.util.Objects;

/**
 * What a planner report covers: one area (the regency {@code 3510}, a kecamatan such as
 * {@code 351001} or a village such as {@code 3510012001}) and one year, in one language.
 */
public record ReportSpec(String area, int year, Lang lang) {
  public ReportSpec {
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(lang, "lang");
    if (year < 1900 || year > 9998) {
      throw new IllegalArgumentException("year " + year + " is not a calendar year such as 2024");
    }
  }

  /** An Indonesian report. */
  public ReportSpec(String area, int year) {
    this(area, year, Lang.ID);
  }

  /** The file name of this report in the given format: {@code kampung-3510-2024.pdf}, {@code kampung-3510-2024-en.pdf}. */
  public String fileName(ReportFormat format) {
    return "kampung-" + area + "-" + year + (lang == Lang.ID ? "" : "-" + lang.code()) + "." + format.extension();
  }
}
