package id.banyuwangi.kampung.reports.planner;

import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.read.IndicatorValue;
import id.banyuwangi.kampung.reports.Lang;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One table of areas by indicators as an Excel workbook, written the way the planner workbooks
 * are ({@link ExcelSheet}: numeric cells formatted by unit, a suppressed cell empty and grey with a
 * note, a band indicator as text), with its header row frozen and filtered: the dashboard's
 * "Excel of the table" export.
 */
public final class TableWorkbook {
  /**
   * One row: an area and its rows of each indicator, in the order of the indicators (an empty
   * list: no value; null: the indicator is not published for the period).
   */
  public record Row(ReportArea area, List<List<IndicatorValue>> cells) {}

  private TableWorkbook() {}

  public static byte[] write(String title, List<Indicator> indicators, List<Row> rows, Lang lang) {
    List<ReportTable.Column> columns = new ArrayList<>(List.of(new ReportTable.Column(lang.text("chart.area"), 28),
        new ReportTable.Column(lang.text("col.code"), 12)));
    indicators.forEach(ind -> columns.add(new ReportTable.Column(ReportTables.header(ind, lang), 16)));
    List<List<Cell>> cells = new ArrayList<>();
    for (Row row : rows) {
      List<Cell> line = new ArrayList<>(List.of(Cell.text(row.area().name()), Cell.text(row.area().code())));
      for (int i = 0; i < indicators.size(); i++) {
        List<IndicatorValue> values = row.cells().get(i);
        line.add(values == null ? Cell.MISSING : ReportTables.value(indicators.get(i), Figure.of(row.area(), values), lang));
      }
      cells.add(line);
    }
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = workbook.createSheet("Tabel");
      ExcelSheet writer = new ExcelSheet(sheet, new ExcelStyles(workbook, lang), lang);
      int header = writer.table(new ReportTable(title, columns, cells));
      writer.note(lang.text("table.greyCell", lang.text("suppressed.short"), lang.text("noData")));
      writer.freezeBelow(header);
      sheet.setAutoFilter(new CellRangeAddress(header, header + rows.size(), 0, columns.size() - 1));
      writer.fitColumns();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the table workbook", e);
    }
  }
}
