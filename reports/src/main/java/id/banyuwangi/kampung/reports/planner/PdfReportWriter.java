package id.banyuwangi.kampung.reports.planner;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import id.banyuwangi.kampung.reports.ChartRenderer;
import id.banyuwangi.kampung.reports.Units;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes a planner report as PDF (A4 landscape): a cover with the build id and the Delta versions
 * read, one chapter per {@link ReportSection} (the area's indicators, the child areas' values,
 * one ranked chart per indicator), and the indicator definitions as an appendix.
 */
final class PdfReportWriter implements ReportWriter {
  private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 22);
  private static final Font SUBTITLE = FontFactory.getFont(FontFactory.HELVETICA, 14);
  private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
  private static final Font CAPTION = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
  private static final Font HEADER = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
  private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 8);
  private static final Font GAP = FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 8, Font.ITALIC, Color.GRAY);
  private static final Color HEADER_FILL = new Color(0xe4e9f2);
  /** A chart this tall fits twice on a page with its caption. */
  private static final float HALF_PAGE_CHART = 215f;
  /** Below this scale chart labels get too small to read: such a chart gets a page of its own. */
  private static final float MIN_HALF_PAGE_SCALE = 0.5f;
  private static final float FULL_PAGE_CHART = 430f;

  private final ChildCharts charts = new ChildCharts();

  @Override
  public void write(PlannerReport report, OutputStream out) throws IOException {
    Document doc = new Document(PageSize.A4.rotate(), 28, 28, 32, 40);
    try {
      PdfWriter.getInstance(doc, out).setCloseStream(false);
      doc.addTitle("Laporan perencana " + report.area().title() + " " + report.spec().year());
      doc.addCreator("Kampung Analytics");
      HeaderFooter footer = new HeaderFooter(new Phrase("Kampung Analytics | " + report.area().title() + " | "
          + report.spec().year() + " | build " + report.build().buildId() + " | halaman ", BODY), true);
      footer.setBorder(Rectangle.NO_BORDER);
      footer.setAlignment(Element.ALIGN_RIGHT);
      doc.setFooter(footer);
      doc.open();
      cover(doc, report);
      for (SectionFigures section : report.sections()) {
        doc.newPage();
        chapter(doc, report, section);
      }
      doc.newPage();
      table(doc, ReportTables.definitions(report.catalog(), report.spec().year()));
    } catch (DocumentException e) {
      throw new IOException("cannot write the PDF report: " + e.getMessage(), e);
    } finally {
      doc.close();
    }
  }

  private static void cover(Document doc, PlannerReport report) {
    doc.add(new Paragraph("Laporan Perencana Indikator Pembangunan Desa", TITLE));
    Paragraph area = new Paragraph(report.area().title() + ", tahun " + report.spec().year(), SUBTITLE);
    area.setSpacingAfter(4);
    doc.add(area);
    doc.add(new Paragraph("Kabupaten Banyuwangi, Smart Kampung. Dibuat " + LocalDate.now()
        + " dari build gudang data " + report.build().buildId() + ".", BODY));
    table(doc, ReportTables.facts(report));
    table(doc, ReportTables.build(report.build()));
    table(doc, ReportTables.sources(report.build()));
  }

  private void chapter(Document doc, PlannerReport report, SectionFigures section) throws IOException {
    doc.add(new Paragraph(section.section().title(), HEADING));
    table(doc, ReportTables.indicators(report, section));
    ReportTable children = ReportTables.children(report, section);
    if (children.isEmpty()) {
      return;
    }
    table(doc, children);
    for (IndicatorFigures figures : section.indicators()) {
      if (figures.childrenHaveData()) {
        doc.add(chart(doc, report, figures));
      }
    }
  }

  /** The caption and the chart, kept together on one page (a one-cell table does not split). */
  private PdfPTable chart(Document doc, PlannerReport report, IndicatorFigures figures) throws IOException {
    Image image = Image.getInstance(charts.png(figures));
    float width = doc.getPageSize().getWidth() - doc.leftMargin() - doc.rightMargin() - 8;
    float halfPageScale = Math.min(width / image.getWidth(), HALF_PAGE_CHART / image.getHeight());
    image.scaleToFit(width, halfPageScale >= MIN_HALF_PAGE_SCALE ? HALF_PAGE_CHART : FULL_PAGE_CHART);
    PdfPCell cell = new PdfPCell();
    cell.setBorder(Rectangle.NO_BORDER);
    cell.addElement(new Paragraph(ChildCharts.title(report, figures), CAPTION));
    cell.addElement(image);
    PdfPTable block = new PdfPTable(1);
    block.setWidthPercentage(100);
    block.setSpacingBefore(12);
    block.addCell(cell);
    return block;
  }

  /** The table's title, then the table (header row repeated on each page; none for a key-value table). */
  private static void table(Document doc, ReportTable t) {
    Paragraph title = new Paragraph(t.title(), CAPTION);
    title.setSpacingBefore(10);
    title.setSpacingAfter(4);
    doc.add(title);
    float[] widths = new float[t.columns().size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = t.columns().get(i).width();
    }
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    if (t.columns().stream().anyMatch(c -> !c.header().isEmpty())) {
      t.columns().forEach(c -> table.addCell(cell(new Phrase(c.header(), HEADER), HEADER_FILL, Element.ALIGN_LEFT)));
      table.setHeaderRows(1);
    }
    for (List<Cell> row : t.rows()) {
      row.forEach(c -> table.addCell(cell(phrase(c), null, c instanceof Cell.Text ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT)));
    }
    doc.add(table);
  }

  private static PdfPCell cell(Phrase phrase, Color fill, int alignment) {
    PdfPCell cell = new PdfPCell(phrase);
    cell.setBackgroundColor(fill);
    cell.setHorizontalAlignment(alignment);
    cell.setPadding(3);
    cell.setBorderColor(Color.LIGHT_GRAY);
    return cell;
  }

  private static Phrase phrase(Cell cell) {
    if (cell instanceof Cell.Text t) {
      return new Phrase(t.text(), BODY);
    }
    if (cell instanceof Cell.Value v) {
      return new Phrase(v.unitOf() == null ? Amounts.format(v.value()) : Units.format(v.unitOf(), v.value()), BODY);
    }
    return new Phrase(cell instanceof Cell.Suppressed ? ChartRenderer.SUPPRESSED_SHORT : "-", GAP);
  }
}
