package id.banyuwangi.kampung.reports.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.domain.region.Area;
import id.banyuwangi.kampung.domain.region.RegionHierarchy;
import id.banyuwangi.kampung.reports.Lang;
import java.awt.Graphics2D;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The map drawn on a PDF page (OpenPDF's Graphics2D) and read back with PDFBox: its text is text, hidden areas labelled. */
class MapDrawingTest {
  private final Indicator stunting = IndicatorCatalog.standard().find("STUNTING_PREVALENCE").orElseThrow();

  @Test
  void aPdfDrawingOfTheMapHoldsTitleLegendAndALabelPerHiddenArea() throws Exception {
    List<Area> districts = RegionHierarchy.banyuwangi().districts();
    List<MapValue> values = new ArrayList<>();
    for (int i = 0; i < districts.size(); i++) {
      values.add(new MapValue(districts.get(i).code(), 10.0 + i, 100.0, i % 6 == 1)); // 4 hidden: 1, 7, 13, 19
    }
    MapDrawing map = ChoroplethMap.of(stunting, Lang.ID).drawing("Prevalensi Stunting per kecamatan", Boundaries.kecamatan(), values);
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    Document doc = new Document(new Rectangle(map.width(), map.height()), 0, 0, 0, 0);
    PdfWriter writer = PdfWriter.getInstance(doc, pdf);
    doc.open();
    PdfContentByte canvas = writer.getDirectContent();
    Graphics2D g = canvas.createGraphics(map.width(), map.height());
    map.draw(g);
    g.dispose();
    doc.close();
    try (PDDocument read = Loader.loadPDF(pdf.toByteArray())) {
      String text = new PDFTextStripper().getText(read);
      assertTrue(text.contains("Prevalensi Stunting per kecamatan"), text);
      assertTrue(text.contains("(lebih baik)") && text.contains("tidak ada data"), text);
      assertEquals(4 + 1, text.split("disamarkan", -1).length - 1, "a label per hidden kecamatan and the legend's: " + text);
    }
  }
}
