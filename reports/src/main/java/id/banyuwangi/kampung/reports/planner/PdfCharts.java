package id.banyuwangi.kampung.reports.planner;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import id.banyuwangi.kampung.reports.Chart;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Lays charts out two to a row, each drawn as vectors and text (not a picture) at a size made for
 * its slot: a chart with many bars gets taller, never smaller letters. A row never splits over
 * two pages.
 */
final class PdfCharts {
  /** The width a chart is laid out for; the slot scales it to about 0.58 (12 px labels read as 7 pt). */
  private static final float LAYOUT_WIDTH = 440f;
  private static final float MIN_LAYOUT_HEIGHT = 220f;
  private static final int PER_ROW = 2;

  /** A chart and the caption printed above it. */
  record Captioned(String caption, Chart chart, int bars) {}

  private PdfCharts() {}

  static PdfPTable grid(PdfContentByte canvas, List<Captioned> charts) throws BadElementException {
    PdfPTable grid = new PdfPTable(PER_ROW);
    grid.setWidthPercentage(100);
    grid.setSpacingBefore(6);
    grid.setSplitLate(true);
    for (Captioned c : charts) {
      grid.addCell(slot(canvas, c));
    }
    for (int i = charts.size() % PER_ROW; i > 0 && i < PER_ROW; i++) {
      grid.addCell(empty());
    }
    return grid;
  }

  private static PdfPCell slot(PdfContentByte canvas, Captioned c) throws BadElementException {
    float height = Math.max(MIN_LAYOUT_HEIGHT, 70f + 13f * c.bars());
    PdfTemplate template = canvas.createTemplate(LAYOUT_WIDTH, height);
    Graphics2D g = template.createGraphics(LAYOUT_WIDTH, height);
    try {
      c.chart().draw(g, new Rectangle2D.Double(0, 0, LAYOUT_WIDTH, height));
    } finally {
      g.dispose();
    }
    Image image = Image.getInstance(template);
    image.setWidthPercentage(100);
    PdfPCell cell = empty();
    cell.addElement(new Paragraph(c.caption(), PdfTables.CAPTION));
    cell.addElement(image);
    return cell;
  }

  private static PdfPCell empty() {
    PdfPCell cell = new PdfPCell();
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setPadding(3);
    return cell;
  }
}
