package id.banyuwangi.kampung.reports.planner;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfWriter;
import id.banyuwangi.kampung.reports.Lang;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a planner report as a brief (A4 portrait): page 1 the headline figures with last year
 * and the target, the generated sentences per chapter (best and worst areas) and a map of the
 * child areas; then the chapters one after the other (the area's indicators, its child areas'
 * tables, the charts two to a row); then the annex (report facts, targets, lineage, Delta versions, definitions). Content
 * flows from page to page: a new page only after page 1, and a heading never ends a page.
 */
final class PdfReportWriter implements ReportWriter {
  /** A heading needs this much room below it, else it starts the next page. */
  private static final float MIN_ROOM_FOR_HEADING = 140f;

  @Override
  public void write(PlannerReport report, OutputStream out) throws IOException {
    Lang lang = report.spec().lang();
    Document doc = new Document(PageSize.A4, 34, 34, 34, 40);
    try {
      PdfWriter writer = PdfWriter.getInstance(doc, out);
      writer.setCloseStream(false);
      doc.addTitle(lang.text("brief.title") + " " + report.area().title(lang) + " " + report.spec().year());
      doc.addCreator("Kampung Analytics");
      HeaderFooter footer = new HeaderFooter(new Phrase(lang.text("brief.footer", report.area().title(lang),
          Integer.toString(report.spec().year()), report.build().buildId()), PdfTables.SMALL), true);
      footer.setBorder(Rectangle.NO_BORDER);
      footer.setAlignment(Element.ALIGN_RIGHT);
      doc.setFooter(footer);
      doc.open();
      PdfTables tables = new PdfTables(lang);
      summary(doc, writer, report, tables);
      doc.newPage();
      ChildCharts charts = new ChildCharts(lang);
      for (SectionFigures section : report.sections()) {
        heading(doc, writer, section.section().title(lang));
        tables.add(doc, ReportTables.own(report, section));
        ReportTables.children(report, section).forEach(t -> tables.add(doc, t));
        List<PdfCharts.Captioned> captioned = new ArrayList<>();
        for (IndicatorFigures figures : section.indicators()) {
          if (figures.childrenHaveData()) {
            captioned.add(new PdfCharts.Captioned(ChildCharts.title(report, figures), charts.chart(figures),
                report.children().size()));
          }
        }
        if (!captioned.isEmpty()) {
          doc.add(PdfCharts.grid(writer.getDirectContent(), captioned));
        }
      }
      heading(doc, writer, lang.text("annex.title"));
      tables.add(doc, ReportTables.facts(report));
      ReportTable targets = ReportTables.targets(report);
      if (!targets.isEmpty()) {
        tables.add(doc, targets);
      }
      tables.add(doc, ReportTables.build(report.build(), lang));
      tables.add(doc, ReportTables.sources(report.build(), lang));
      tables.add(doc, ReportTables.briefDefinitions(report.catalog(), report.spec().year(), lang));
    } catch (DocumentException e) {
      throw new IOException("cannot write the PDF report: " + e.getMessage(), e);
    } finally {
      doc.close();
    }
  }

  /** Page 1: title, headline table, the sentences per chapter, the map ({@link PdfMap}) in the room left. */
  private static void summary(Document doc, PdfWriter writer, PlannerReport report, PdfTables tables) {
    Lang lang = report.spec().lang();
    doc.add(new Paragraph(lang.text("brief.title"), PdfTables.TITLE));
    doc.add(new Paragraph(lang.text("brief.subtitle", report.area().title(lang), Integer.toString(report.spec().year())),
        PdfTables.SUBTITLE));
    Paragraph made = new Paragraph(lang.text("brief.madeFrom", LocalDate.now().toString(), report.build().buildId(),
        String.valueOf(report.build().builtAt())), PdfTables.SMALL);
    made.setSpacingAfter(4);
    doc.add(made);
    tables.add(doc, ReportTables.headlines(report, Highlights.headlines(report)));
    Paragraph title = new Paragraph(lang.text("brief.highlights"), PdfTables.SUBHEADING);
    title.setSpacingBefore(8);
    doc.add(title);
    for (Highlights.Highlight h : Highlights.of(report)) {
      Paragraph p = new Paragraph();
      p.setSpacingBefore(3);
      p.add(new Chunk(h.section().title(lang) + ". ", PdfTables.SUBHEADING));
      p.add(new Chunk(String.join(" ", h.sentences()), PdfTables.TEXT));
      doc.add(p);
    }
    PdfMap.add(doc, writer, report);
  }

  private static void heading(Document doc, PdfWriter writer, String text) {
    if (writer.getVerticalPosition(true) - doc.bottom() < MIN_ROOM_FOR_HEADING) {
      doc.newPage();
    }
    Paragraph heading = new Paragraph(text, PdfTables.HEADING);
    heading.setSpacingBefore(10);
    heading.setSpacingAfter(2);
    doc.add(heading);
  }
}
