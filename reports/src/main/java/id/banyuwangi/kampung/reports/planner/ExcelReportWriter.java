package id.banyuwangi.kampung.reports.planner;

import id.banyuwangi.kampung.reports.Lang;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a planner report as an Excel workbook: a first sheet explaining the report (area, periods,
 * change, small cells primary and secondary, targets, the build and the Delta versions read), one
 * sheet per {@link ReportSection} holding every figure of its indicators for the area and its
 * child areas as one list (numeric cells with the catalog's decimals, header row frozen, auto
 * filter; a suppressed cell empty, grey, with a note), and a sheet of the catalog's definitions.
 */
final class ExcelReportWriter implements ReportWriter {
  @Override
  public void write(PlannerReport report, OutputStream out) throws IOException {
    Lang lang = report.spec().lang();
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      ExcelStyles styles = new ExcelStyles(workbook, lang);
      ExcelSheet about = new ExcelSheet(workbook.createSheet(aboutSheet(lang)), styles, lang);
      for (ReportTable table : List.of(ReportTables.facts(report), ReportTables.targets(report),
          ReportTables.build(report.build(), lang), ReportTables.sources(report.build(), lang))) {
        about.table(table);
      }
      about.note(lang.text("excel.emptyCells"));
      about.fitColumns();
      for (SectionFigures section : report.sections()) {
        ExcelSheet sheet = new ExcelSheet(workbook.createSheet(section.section().title(lang)), styles, lang);
        sheet.list(ReportTables.list(report, section));
        sheet.fitColumns();
      }
      ExcelSheet definitions = new ExcelSheet(workbook.createSheet(definitionsSheet(lang)), styles, lang);
      definitions.list(ReportTables.definitions(report.catalog(), report.spec().year(), lang));
      definitions.fitColumns();
      workbook.setActiveSheet(0);
      workbook.write(out);
    }
  }

  /** The first sheet: "Keterangan" / "About". */
  static String aboutSheet(Lang lang) {
    return lang.text("excel.about");
  }

  static String definitionsSheet(Lang lang) {
    return lang.text("excel.definitions");
  }
}
