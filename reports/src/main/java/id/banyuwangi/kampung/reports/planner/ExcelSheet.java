package id.banyuwangi.kampung.reports.planner;

import id.banyuwangi.kampung.reports.ChartRenderer;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Writes {@link ReportTable}s down one sheet: a title row, a header row, the rows; a blank row
 * between tables. Values are numeric cells; a suppressed value is an empty grey cell with a note.
 */
final class ExcelSheet {
  private static final int MAX_WIDTH_CHARS = 60;

  private final Sheet sheet;
  private final ExcelStyles styles;
  private final List<Integer> widths = new ArrayList<>();
  private Drawing<?> drawing;
  private int next;

  ExcelSheet(Sheet sheet, ExcelStyles styles) {
    this.sheet = sheet;
    this.styles = styles;
  }

  /** Writes the table below what is already written; returns the index of its header row (-1 for none). */
  int table(ReportTable table) {
    if (next > 0) {
      next++;
    }
    text(sheet.createRow(next++), 0, table.title(), styles.title);
    int headerRow = -1;
    if (table.columns().stream().anyMatch(c -> !c.header().isEmpty())) {
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
    } else if (cell instanceof Cell.Suppressed) {
      org.apache.poi.ss.usermodel.Cell c = row.createCell(column);
      c.setCellStyle(styles.suppressed);
      c.setCellComment(comment(row.getRowNum(), column, ChartRenderer.SUPPRESSED_LABEL));
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
