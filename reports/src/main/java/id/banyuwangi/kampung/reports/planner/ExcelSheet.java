package id.banyuwangi.kampung.reports.planner;

import id.banyuwangi.kampung.reports.Lang;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes {@link ReportTable}s down one sheet: a title row, a header row, the rows; a blank row
 * between tables. Values and changes are numeric cells with number formats; a suppressed value is
 * an empty grey cell with a note saying whether it is a small cell or protects one.
 */
final class ExcelSheet {
  private static final int MAX_WIDTH_CHARS = 60;

  private final Sheet sheet;
  private final ExcelStyles styles;
  private final Lang lang;
  private final List<Integer> widths = new ArrayList<>();
  private Drawing<?> drawing;
  private int next;

  ExcelSheet(Sheet sheet, ExcelStyles styles, Lang lang) {
    this.sheet = sheet;
    this.styles = styles;
    this.lang = lang;
  }

  /** Writes the table below what is already written; returns the index of its header row (-1 for none). */
  int table(ReportTable table) {
    if (next > 0) {
      next++;
    }
    text(sheet.createRow(next++), 0, table.title(), styles.title);
    int headerRow = -1;
    if (table.hasHeader()) {
      headerRow = next;
      Row header = sheet.createRow(next++);
      for (int i = 0; i < table.columns().size(); i++) {
        text(header, i, table.columns().get(i).header(), styles.header);
      }
    }
    for (List<Cell> cells : table.rows()) {
      Row row = sheet.createRow(next++);
      for (int i = 0; i < cells.size(); i++) {
        write(row, i, cells.get(i));
      }
    }
    for (int i = 0; i < table.columns().size(); i++) {
      int width = Math.min(MAX_WIDTH_CHARS, table.columns().get(i).width());
      if (i < widths.size()) {
        widths.set(i, Math.max(widths.get(i), width));
      } else {
        widths.add(width);
      }
    }
    return headerRow;
  }

  /** Writes the table as the sheet's list: its header row frozen and filtered (sort and filter in Excel). */
  void list(ReportTable table) {
    int header = table(table);
    freezeBelow(header);
    if (!table.isEmpty()) {
      sheet.setAutoFilter(new CellRangeAddress(header, header + table.rows().size(), 0, table.columns().size() - 1));
    }
  }

  /** A line of italic text below the last table. */
  void note(String text) {
    text(sheet.createRow(next++), 0, text, styles.note);
  }

  /** Keeps the rows down to {@code headerRow} in view while scrolling. */
  void freezeBelow(int headerRow) {
    sheet.createFreezePane(0, headerRow + 1);
  }

  void fitColumns() {
    for (int i = 0; i < widths.size(); i++) {
      sheet.setColumnWidth(i, (widths.get(i) + 2) * 256);
    }
  }

  private void write(Row row, int column, Cell cell) {
    if (cell instanceof Cell.Text t) {
      text(row, column, t.text(), styles.text);
    } else if (cell instanceof Cell.Value v) {
      org.apache.poi.ss.usermodel.Cell c = row.createCell(column);
      c.setCellValue(v.value());
      c.setCellStyle(styles.number(v.unitOf(), v.value()));
    } else if (cell instanceof Cell.Change ch) {
      org.apache.poi.ss.usermodel.Cell c = row.createCell(column);
      c.setCellValue(ch.change());
      c.setCellStyle(styles.change(ch.unitOf()));
    } else if (cell instanceof Cell.Suppressed s) {
      org.apache.poi.ss.usermodel.Cell c = row.createCell(column);
      c.setCellStyle(styles.suppressed);
      c.setCellComment(comment(row.getRowNum(), column, s.secondary() ? lang.text("suppressed.secondary")
          : lang.text("suppressed.primary")));
    }
  }

  private static void text(Row row, int column, String text, CellStyle style) {
    org.apache.poi.ss.usermodel.Cell c = row.createCell(column);
    c.setCellValue(text);
    c.setCellStyle(style);
  }

  private Comment comment(int row, int column, String text) {
    if (drawing == null) {
      drawing = sheet.createDrawingPatriarch();
    }
    CreationHelper helper = sheet.getWorkbook().getCreationHelper();
    ClientAnchor anchor = helper.createClientAnchor();
    anchor.setRow1(row);
    anchor.setCol1(column);
    anchor.setRow2(row + 2);
    anchor.setCol2(column + 3);
    Comment comment = drawing.createCellComment(anchor);
    comment.setString(helper.createRichTextString(text));
    comment.setAuthor("Kampung Analytics");
    return comment;
  }
}
