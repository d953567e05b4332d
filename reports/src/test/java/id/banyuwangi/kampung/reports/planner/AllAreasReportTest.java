package id.banyuwangi.kampung.reports.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.kampung.domain.progress.Progress;
import id.banyuwangi.kampung.reports.Lang;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code report --all}: the brief of every area of the warehouse, each PDF opened by PDFBox and
 * each workbook by POI, and the CSV of every public value counted against the public tables.
 * Tagged e2e: 486 files take two to three minutes on two cores.
 */
@Tag("e2e")
class AllAreasReportTest {
  @Test
  void writesTheBriefOfAll243AreasAndEveryPublicValue() throws Exception {
    Path out = ReportWarehouse.outDir("all");
    AtomicLong steps = new AtomicLong();
    long start = System.nanoTime();
    PlannerReports.AllReports all = PlannerReports.writeAll(ReportWarehouse.path(), ReportWarehouse.YEAR, Lang.ID,
        EnumSet.allOf(ReportFormat.class), out, new Progress() {
          @Override
          public void start(String task, long total) {
            assertEquals(244, total, "one step per area and one for the CSV");
          }

          @Override
          public void step(long n) {
            steps.addAndGet(n);
          }

          @Override
          public void done() {}
        });
    System.out.printf("report --all on the test warehouse: %d files in %.1f s%n", all.files().size(),
        (System.nanoTime() - start) / 1e9);
    assertEquals(244, steps.get());
    assertEquals(243, all.areas(), "the regency, 25 kecamatan and 217 villages");
    assertEquals(243, ReportWarehouse.count("SELECT count(*) FROM dim_region"));
    List<Path> pdfs = files(out, ".pdf");
    List<Path> books = files(out, ".xlsx");
    assertEquals(243, pdfs.size());
    assertEquals(243, books.size());
    for (Path pdf : pdfs) {
      try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
        assertTrue(doc.getNumberOfPages() >= 2, pdf + ": page 1 and the rest");
      }
    }
    for (Path xlsx : books) {
      try (Workbook book = ReportWarehouse.workbook(xlsx)) {
        assertEquals(ReportSection.values().length + 2, book.getNumberOfSheets(), xlsx.toString());
      }
    }
    String village = ReportWarehouse.pdfText(out.resolve("kampung-" + ReportWarehouse.SARONGAN + "-2024.pdf"), 1, 1);
    assertTrue(village.contains("Sarongan"), village);

    long expected = ReportWarehouse.count("SELECT count(*) FROM public_indicator_value")
        + ReportWarehouse.count("SELECT count(*) FROM public_indicator_breakdown");
    assertEquals(expected, all.csvRows());
    long rows = 0;
    long hiddenWithValue = 0;
    try (Reader in = Files.newBufferedReader(all.csv())) {
      for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        rows++;
        hiddenWithValue += Boolean.parseBoolean(r.get("suppressed")) && !r.get("value").isEmpty() ? 1 : 0;
      }
    }
    assertEquals(expected, rows);
    assertEquals(0, hiddenWithValue, "a hidden value is an empty field");
  }

  private static List<Path> files(Path dir, String suffix) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
    }
  }
}
