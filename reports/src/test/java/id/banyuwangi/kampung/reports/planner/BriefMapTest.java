package id.banyuwangi.kampung.reports.planner;

import static id.banyuwangi.kampung.reports.planner.ReportWarehouse.CATALOG;
import static id.banyuwangi.kampung.reports.planner.ReportWarehouse.PESANGGARAN;
import static id.banyuwangi.kampung.reports.planner.ReportWarehouse.REGENCY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.reports.Lang;
import id.banyuwangi.kampung.reports.Units;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/**
 * Page 1's map, read back with PDFBox: a form of vectors and text on page 1 holding the title,
 * the legend, one filled path per child area and a "disamarkan" label per hidden child area
 * (counted in the warehouse with plain SQL), without pushing page 1 over onto a near-empty page.
 */
class BriefMapTest {
  /** What a map form on a page draws: its text strings and how many fills it makes. */
  record MapForm(List<String> strings, int fills) {}

  @Test
  void regencyBriefDrawsTheKecamatanMapOnPage1WithItsLegendAndHiddenCellsLabelled() throws Exception {
    Path pdf = PlannerReportTest.write(REGENCY, ReportFormat.PDF, Lang.ID);
    savePage1(pdf, Path.of("target", "brief-3510-2024-page1.png"));
    MapForm map = mapOnPage(pdf, 0);
    String title = map.strings().stream().filter(s -> s.contains(" per kecamatan, ")).findFirst()
        .orElseThrow(() -> new AssertionError("no map title on page 1: " + map.strings()));
    Indicator ind = CATALOG.all().stream().filter(i -> title.startsWith(ReportTables.header(i, Lang.ID) + " per "))
        .findFirst().orElseThrow(() -> new AssertionError("the title names no catalog indicator: " + title));
    String period = title.substring(title.lastIndexOf(", ") + 2);
    long hidden = ReportWarehouse.count("SELECT count(*) FROM public_indicator_value WHERE indicator_code = '"
        + ind.code() + "' AND area_level = 'KECAMATAN' AND period = '" + period + "' AND suppressed");
    assertEquals(hidden + 1, map.strings().stream().filter("disamarkan"::equals).count(),
        "one label per hidden kecamatan of " + ind.code() + " " + period + " and the legend's");
    assertTrue(map.strings().contains("tidak ada data"), "the legend's no-data line");
    assertTrue(map.strings().stream().anyMatch(s -> s.endsWith("(lebih baik)")), "the legend marks the better end");
    assertTrue(map.strings().stream().anyMatch(s -> s.contains(Units.label(ind))), "the legend heading names the unit");
    assertTrue(map.fills() >= 25 + 2, "a filled path per kecamatan and the swatches: " + map.fills());

    String page2 = ReportWarehouse.pdfText(pdf, 2, 2).lines().filter(l -> !l.startsWith("Kampung Analytics |"))
        .findFirst().orElse("").strip();
    assertEquals(ReportSection.LAYANAN_PUBLIK.title(Lang.ID), page2,
        "page 2 starts with the first chapter (below the running footer): page 1 did not spill over");
    PlannerReportTest.assertNoNearEmptyPages(pdf);
  }

  @Test
  void kecamatanBriefMapsItsVillages() throws Exception {
    Path pdf = PlannerReportTest.write(PESANGGARAN, ReportFormat.PDF, Lang.ID);
    MapForm map = mapOnPage(pdf, 0);
    assertTrue(map.strings().stream().anyMatch(s -> s.contains(" per desa/kelurahan, ")), map.strings().toString());
    assertTrue(map.fills() >= ReportWarehouse.childNames(PESANGGARAN).size(), "a path per village: " + map.fills());
    PlannerReportTest.assertNoNearEmptyPages(pdf);
  }

  /** The form XObject drawn on page {@code index} that holds a legend ("tidak ada data"). */
  static MapForm mapOnPage(Path pdf, int index) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDPage page = doc.getPage(index);
      for (COSName name : page.getResources().getXObjectNames()) {
        PDXObject x = page.getResources().getXObject(name);
        if (x instanceof PDFormXObject form) {
          MapForm read = read(form);
          if (read.strings().contains("tidak ada data")) {
            return read;
          }
        }
      }
    }
    throw new AssertionError("no map form on page " + (index + 1) + " of " + pdf);
  }

  private static MapForm read(PDFormXObject form) throws IOException {
    List<String> strings = new ArrayList<>();
    int fills = 0;
    for (Object token : new PDFStreamParser(form).parse()) {
      if (token instanceof COSString s) {
        strings.add(s.getString());
      } else if (token instanceof COSArray a) {
        StringBuilder joined = new StringBuilder();
        a.forEach(e -> joined.append(e instanceof COSString s ? s.getString() : ""));
        strings.add(joined.toString());
      } else if (token instanceof Operator op && List.of("f", "f*", "F", "B", "B*").contains(op.getName())) {
        fills++;
      }
    }
    return new MapForm(strings, fills);
  }

  private static void savePage1(Path pdf, Path png) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 110);
      Files.createDirectories(png.getParent());
      ImageIO.write(image, "png", new File(png.toString()));
    }
  }
}
