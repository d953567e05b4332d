package id.banyuwangi.kampung.reports.planner;

import id.banyuwangi.kampung.reports.ChartRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a planner report as an Excel workbook: one sheet per {@link ReportSection} with the
 * area's indicators and the child areas' values as numeric cells (formatted by unit; a suppressed
 * cell is empty, grey, with a note), a "Sumber" sheet with the build and the Delta versions read,
 * and a "Definisi" sheet with the catalog's definitions. Header rows are frozen.
 */
final class ExcelReportWriter implements ReportWriter {
  /** The sheet with the report facts, the build and the Delta versions read. */
  static final String SOURCES_SHEET = "Sumber";
  static final String DEFINITIONS_SHEET = "Definisi";

  @Override
  public void write(PlannerReport report, OutputStream out) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      ExcelStyles styles = new ExcelStyles(workbook);
      for (SectionFigures section : report.sections()) {
        ExcelSheet sheet = new ExcelSheet(workbook.createSheet(section.section().title()), styles);
        sheet.freezeBelow(sheet.table(ReportTables.indicators(report, section)));
        ReportTable children = ReportTables.children(report, section);
        if (!children.isEmpty()) {
          sheet.table(children);
          sheet.note("Sel kosong berwarna abu-abu: " + ChartRenderer.SUPPRESSED_LABEL + ". Sel kosong tanpa warna: "
              + ReportTables.NO_DATA + ".");
        }
        sheet.fitColumns();
      }
      ExcelSheet sources = new ExcelSheet(workbook.createSheet(SOURCES_SHEET), styles);
      for (ReportTable table : List.of(ReportTables.facts(report), ReportTables.build(report.build()),
          ReportTables.sources(report.build()))) {
        sources.table(table);
      }
      sources.fitColumns();
      ExcelSheet definitions = new ExcelSheet(workbook.createSheet(DEFINITIONS_SHEET), styles);
      definitions.freezeBelow(definitions.table(ReportTables.definitions(report.catalog(), report.spec().year())));
      definitions.fitColumns();
      workbook.setActiveSheet(0);
      workbook.write(out);
    }
  }

}
