package id.banyuwangi.kampung.reports.planner;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import id.banyuwangi.kampung.reports.Lang;
import id.banyuwangi.kampung.reports.Units;
import java.awt.Color;
import java.util.List;

/**
 * Writes {@link ReportTable}s into a PDF: the title, a header row (under a row of group headers
 * where columns are grouped by indicator) repeated on each page, the rows; numbers right-aligned,
 * a hidden value as "disamarkan" in grey italics.
 */
final class PdfTables {
  static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
  static final Font SUBTITLE = FontFactory.getFont(FontFactory.HELVETICA, 11);
  static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
  static final Font SUBHEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
  static final Font CAPTION = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
  static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 8.5f);
  static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 7);
  private static final Font HEADER = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 6.5f);
  private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 6.5f);
  private static final Font GAP = FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 6.5f, Font.ITALIC, Color.GRAY);
  private static final Color HEADER_FILL = new Color(0xe4e9f2);
  private static final Color GROUP_FILL = new Color(0xd3dbea);

  private final Lang lang;

  PdfTables(Lang lang) {
    this.lang = lang;
  }

  /** The table's title, then the table. */
  void add(Document doc, ReportTable t) {
    Paragraph title = new Paragraph(t.title(), CAPTION);
    title.setSpacingBefore(6);
    title.setSpacingAfter(3);
    title.setKeepTogether(true);
    doc.add(title);
    PdfPTable table = table(t);
    table.setSpacingBefore(2);
    doc.add(table);
  }

  PdfPTable table(ReportTable t) {
    float[] widths = new float[t.columns().size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = t.columns().get(i).width();
    }
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    int headerRows = 0;
    if (t.hasGroups()) {
      groupHeaders(table, t.columns());
      headerRows++;
    }
    if (t.hasHeader()) {
      t.columns().forEach(c -> table.addCell(cell(new Phrase(c.header(), HEADER), HEADER_FILL, Element.ALIGN_LEFT)));
      headerRows++;
    }
    table.setHeaderRows(headerRows);
    for (List<Cell> row : t.rows()) {
      row.forEach(c -> table.addCell(cell(phrase(c), null, c instanceof Cell.Text ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT)));
    }
    return table;
  }

  /** One cell per run of columns of the same group, spanning them. */
  private static void groupHeaders(PdfPTable table, List<ReportTable.Column> columns) {
    for (int i = 0; i < columns.size(); ) {
      int span = 1;
      while (i + span < columns.size() && columns.get(i + span).group().equals(columns.get(i).group())) {
        span++;
      }
      PdfPCell cell = cell(new Phrase(columns.get(i).group(), HEADER), GROUP_FILL, Element.ALIGN_CENTER);
      cell.setColspan(span);
      table.addCell(cell);
      i += span;
    }
  }

  private static PdfPCell cell(Phrase phrase, Color fill, int alignment) {
    PdfPCell cell = new PdfPCell(phrase);
    cell.setBackgroundColor(fill);
    cell.setHorizontalAlignment(alignment);
    cell.setPadding(2);
    cell.setBorderColor(Color.LIGHT_GRAY);
    return cell;
  }

  private Phrase phrase(Cell cell) {
    if (cell instanceof Cell.Text t) {
      return new Phrase(t.text(), BODY);
    }
    if (cell instanceof Cell.Value v) {
      return new Phrase(v.unitOf() == null ? Amounts.format(v.value(), lang) : Units.format(v.unitOf(), v.value(), lang), BODY);
    }
    if (cell instanceof Cell.Change c) {
      return new Phrase(Units.formatSignedChange(c.unitOf(), c.change(), lang), BODY);
    }
    return new Phrase(cell instanceof Cell.Suppressed ? lang.text("suppressed.short") : "-", GAP);
  }
}
