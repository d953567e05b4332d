package id.banyuwangi.kampung.reports.planner;

import static id.banyuwangi.kampung.reports.planner.ReportWarehouse.CATALOG;
import static id.banyuwangi.kampung.reports.planner.ReportWarehouse.PESANGGARAN;
import static id.banyuwangi.kampung.reports.planner.ReportWarehouse.REGENCY;
import static id.banyuwangi.kampung.reports.planner.ReportWarehouse.SARONGAN;
import static id.banyuwangi.kampung.reports.planner.ReportWarehouse.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.reports.Lang;
import id.banyuwangi.kampung.reports.Units;
import id.banyuwangi.kampung.reports.planner.ReportWarehouse.Expected;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;

/**
 * Planner briefs written from a real warehouse and read back (the PDF's text with PDFBox, the
 * workbook with POI), each figure compared with what {@code public_indicator_value} holds, read
 * with plain SQL.
 */
class PlannerReportTest {
  @Test
  void kecamatanPdfShowsTheIndicatorsTheirValuesAndLineage() throws Exception {
    String lines = ReportWarehouse.pdfText(write(PESANGGARAN, ReportFormat.PDF, Lang.ID));
    String text = lines.replaceAll("\\s+", " ");
    assertTrue(text.contains("Kecamatan Pesanggaran (351001)"), "area name");
    for (Indicator ind : CATALOG.all()) {
      // a 2024 report shows the Indeks Desa, not the IDM it replaces (each framework in its own years)
      assertEquals(ind.reportedIn(YEAR), text.contains(ind.nameId()), "indicator name " + ind.nameId());
    }
    int values = 0;
    for (Expected e : ReportWarehouse.expected(PESANGGARAN).values()) {
      if (e.value() != null && e.category() == null && e.indicator().reportedIn(YEAR)) {
        // the area's row of the chapter table: name, unit, period, then the value
        Indicator ind = e.indicator();
        Pattern row = Pattern.compile(String.join("\\s+", Pattern.quote(ind.nameId()), Pattern.quote(Units.label(ind)),
            Pattern.quote(e.period()), Pattern.quote(Units.format(ind, e.value()))));
        assertTrue(row.matcher(text).find(), ind.code() + " should read " + Units.format(ind, e.value()));
        values++;
      }
    }
    assertTrue(values >= 15, "most indicators have a value in Pesanggaran: " + values);
    assertTrue(text.contains("disamarkan"), "a suppressed cell is printed as disamarkan");
    assertTrue(text.contains("Sarongan"), "child villages are listed");
    assertTrue(text.contains(ReportWarehouse.buildInfo("build_id")), "the build id is in the annex");
    assertTrue(text.contains("silver/households"), "the Delta tables read are listed");
    assertTrue(text.contains("Definisi indikator"));
    ReportWarehouse.assertNoPersonIds(text);
  }

  @Test
  void workbookHoldsEveryFigureAsANumberInAFilteredListPerDomain() throws Exception {
    try (Workbook book = ReportWarehouse.workbook(write(PESANGGARAN, ReportFormat.XLSX, Lang.ID))) {
      assertEquals("Keterangan", book.getSheetName(0), "the first sheet explains the report");
      String about = strings(book.getSheetAt(0));
      assertTrue(about.contains("Sel kecil (primer)") && about.contains("Penyamaran sekunder"), about);
      assertTrue(about.contains("Aturan periode") && about.contains("silver/households"), about);
      assertEquals(ReportWarehouse.buildInfo("build_id"), rowStartingWith(book.getSheetAt(0), "build_id").getCell(1).getStringCellValue());
      assertEquals(CellType.NUMERIC, rowStartingWith(book.getSheetAt(0), "silver/households").getCell(1).getCellType(),
          "Delta version is a number");
      int numeric = 0;
      int hidden = 0;
      for (ReportSection section : ReportSection.values()) {
        Sheet sheet = book.getSheet(section.title());
        assertNotNull(sheet, section.title());
        assertEquals(2, sheet.getPaneInformation().getHorizontalSplitPosition(), "title and header rows frozen");
        assertNotNull(((org.apache.poi.xssf.usermodel.XSSFSheet) sheet).getCTWorksheet().getAutoFilter(), "the list is filtered: " + section.title());
        Row header = sheet.getRow(1);
        assertEquals(ReportTables.areaCodeHeader(Lang.ID), header.getCell(0).getStringCellValue());
        for (int r = 2; r <= sheet.getLastRowNum(); r++) {
          Row row = sheet.getRow(r);
          String area = row.getCell(0).getStringCellValue();
          Expected e = ReportWarehouse.expected(area).get(row.getCell(3).getStringCellValue());
          numeric += assertCell(e, row.getCell(7), row.getCell(3).getStringCellValue() + " in " + area);
          if (e != null && e.suppressed()) {
            hidden++;
            assertEquals(row.getCell(7).getCellComment().getString().getString(), row.getCell(14).getStringCellValue());
            assertEquals("secondary".equals(e.suppression()), row.getCell(14).getStringCellValue().contains("melindungi"));
          }
        }
      }
      assertTrue(numeric >= 40, "numeric cells compared: " + numeric);
      assertTrue(hidden > 0, "the lake has small cells");
      Sheet economy = book.getSheet(ReportSection.EKONOMI.title());
      assertEquals("\"Rp \"#,##0", rowFor(economy, PESANGGARAN, "BUMDES_REVENUE").getCell(7).getCellStyle().getDataFormatString());
      assertEquals("#,##0.00", rowFor(economy, PESANGGARAN, "EMPLOYMENT_RATIO").getCell(7).getCellStyle().getDataFormatString(),
          "the catalog's 2 decimals; a percent stays 0..100, no % in the format");
      ReportWarehouse.assertNoPersonIds(allStrings(book));
    }
  }

  @Test
  void lastYearAndTheChangeAreTheWarehouseValuesOfTheYearBefore() throws Exception {
    // Sarongan's enterprises: E1, E2 active at the end of 2023; E1, E3 at the end of 2024
    try (Workbook book = ReportWarehouse.workbook(write(SARONGAN, ReportFormat.XLSX, Lang.ID))) {
      Row msme = rowFor(book.getSheet(ReportSection.EKONOMI.title()), SARONGAN, "MSME_ACTIVE");
      Map<String, Expected> now = ReportWarehouse.expected(SARONGAN);
      Map<String, Expected> before = ReportWarehouse.expected(SARONGAN, "2023", "2023/2024");
      assertEquals(now.get("MSME_ACTIVE").value(), msme.getCell(7).getNumericCellValue());
      assertEquals("2023", msme.getCell(8).getStringCellValue());
      assertEquals(before.get("MSME_ACTIVE").value(), msme.getCell(9).getNumericCellValue());
      assertEquals(now.get("MSME_ACTIVE").value() - before.get("MSME_ACTIVE").value(), msme.getCell(10).getNumericCellValue(), 1e-9);
    }
  }

  @Test
  void regencyBriefFlowsOnAFewPagesWithTheKecamatanTables() throws Exception {
    Path pdf = write(REGENCY, ReportFormat.PDF, Lang.ID);
    String text = ReportWarehouse.pdfText(pdf).replaceAll("\\s+", " ");
    assertTrue(text.contains("Kabupaten Banyuwangi (3510)"));
    assertTrue(text.contains("Nilai per kecamatan"));
    assertTrue(text.contains("Pesanggaran") && text.contains("Bangorejo"));
    int pages = ReportWarehouse.pages(pdf);
    assertTrue(pages >= 4 && pages <= 20, "summary, chapters with several charts a page, annex: " + pages);
    assertNoNearEmptyPages(pdf);
    try (Workbook book = ReportWarehouse.workbook(write(REGENCY, ReportFormat.XLSX, Lang.ID))) {
      Sheet health = book.getSheet(ReportSection.KESEHATAN.title());
      assertEquals(ReportWarehouse.childNames(REGENCY).size() + 1, areasOf(health, "STUNTING_PREVALENCE").size(),
          "the regency and each kecamatan");
    }
  }

  @Test
  void villageBriefHasNoChildTableAndEachFrameworkInItsYears() throws Exception {
    String text = ReportWarehouse.pdfText(write(SARONGAN, ReportFormat.PDF, Lang.ID)).replaceAll("\\s+", " ");
    assertTrue(text.contains("Desa/Kelurahan Sarongan (3510012001)"));
    assertFalse(text.contains("Nilai per"));
    try (Workbook book = ReportWarehouse.workbook(write(SARONGAN, ReportFormat.XLSX, Lang.ID))) {
      Sheet development = book.getSheet(ReportSection.PEMBANGUNAN_DESA.title());
      assertEquals(List.of(SARONGAN), areasOf(development, "INDEKS_DESA_SCORE"));
      assertNull(rowFor(development, SARONGAN, "IDM_SCORE"), "the IDM is reported up to 2023");
    }
    // the 2023 report shows the IDM (WelfareLake: Sarongan 0.5 in 2023) and no Indeks Desa
    List<Path> files = PlannerReports.write(ReportWarehouse.path(), new ReportSpec(SARONGAN, 2023),
        Set.of(ReportFormat.XLSX), ReportWarehouse.outDir("out-2023"));
    try (Workbook book = ReportWarehouse.workbook(files.get(0))) {
      Sheet development = book.getSheet(ReportSection.PEMBANGUNAN_DESA.title());
      assertEquals(0.5, rowFor(development, SARONGAN, "IDM_SCORE").getCell(7).getNumericCellValue(), 1e-9);
      assertNull(rowFor(development, SARONGAN, "INDEKS_DESA_SCORE"));
    }
  }

  @Test
  void englishBriefTakesTheCatalogsEnglishNamesAndNumberFormat() throws Exception {
    Path pdf = write(PESANGGARAN, ReportFormat.PDF, Lang.EN);
    assertEquals("kampung-351001-2024-en.pdf", pdf.getFileName().toString());
    String text = ReportWarehouse.pdfText(pdf).replaceAll("\\s+", " ");
    assertTrue(text.contains("Pesanggaran District (351001)"), "area in English");
    assertTrue(text.contains("Headline figures") && text.contains("Highlights by domain"));
    for (Indicator ind : CATALOG.all()) {
      if (ind.reportedIn(YEAR)) {
        assertTrue(text.contains(ind.nameEn()), "English name " + ind.nameEn());
      }
    }
    Expected employment = ReportWarehouse.expected(PESANGGARAN).get("EMPLOYMENT_RATIO");
    assertTrue(text.contains(Units.format(employment.indicator(), employment.value(), Lang.EN)), "decimal point");
    assertFalse(text.contains("disamarkan"), "hidden reads hidden");
    try (Workbook book = ReportWarehouse.workbook(write(PESANGGARAN, ReportFormat.XLSX, Lang.EN))) {
      assertEquals("About", book.getSheetName(0));
      assertNotNull(book.getSheet("Health"));
    }
  }

  @Test
  void schoolYearIndicatorsReadTheSchoolYearStartingInTheReportYear() throws Exception {
    PlannerReport report = PlannerReports.load(ReportWarehouse.path(), new ReportSpec(PESANGGARAN, YEAR));
    assertEquals("2024/2025", report.schoolYear());
    IndicatorFigures apm = report.sections().stream().flatMap(s -> s.indicators().stream())
        .filter(f -> f.indicator().code().equals("APM_SD")).findFirst().orElseThrow();
    assertEquals("2023/2024", apm.previousPeriod());
    // 2025: the lake's latest school year is 2024/2025, which starts before 2025
    assertEquals("2024/2025", PlannerReports.load(ReportWarehouse.path(), new ReportSpec(PESANGGARAN, 2025)).schoolYear());
  }

  @Test
  void unknownAreaYearOrLanguageIsAClearError() {
    IllegalArgumentException area = assertThrows(IllegalArgumentException.class,
        () -> PlannerReports.load(ReportWarehouse.path(), new ReportSpec("9999", YEAR)));
    assertTrue(area.getMessage().contains("unknown area '9999'"), area.getMessage());
    IllegalArgumentException year = assertThrows(IllegalArgumentException.class,
        () -> PlannerReports.load(ReportWarehouse.path(), new ReportSpec(REGENCY, 2031)));
    assertTrue(year.getMessage().contains("no value for the year 2031") && year.getMessage().contains("2024"),
        year.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> PlannerReports.load(ReportWarehouse.path().resolveSibling("missing.duckdb"), new ReportSpec(REGENCY, YEAR)));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Lang.parse("fr")).getMessage().contains("id or en"));
  }

  @Test
  void formatsParseAndEverySectionHoldsItsIndicatorsOnce() {
    assertEquals(List.of(ReportFormat.PDF, ReportFormat.XLSX), List.copyOf(ReportFormat.parseList("pdf, XLSX")));
    assertThrows(IllegalArgumentException.class, () -> ReportFormat.parseList("pdf,docx"));
    List<String> inSections = new ArrayList<>();
    for (ReportSection s : ReportSection.values()) {
      s.indicators(CATALOG).forEach(i -> inSections.add(i.code()));
    }
    assertEquals(CATALOG.all().stream().map(Indicator::code).sorted().toList(), inSections.stream().sorted().toList());
  }

  @Test
  void noBriefHasANearEmptyPage() throws Exception {
    for (String area : List.of(PESANGGARAN, SARONGAN)) {
      assertNoNearEmptyPages(write(area, ReportFormat.PDF, Lang.ID));
    }
  }

  // ---- helpers

  /** Every page but the last is filled at least half way down (the last ends where the annex ends). */
  static void assertNoNearEmptyPages(Path pdf) throws Exception {
    List<Double> fill = ReportWarehouse.pageFill(pdf);
    for (int i = 0; i < fill.size() - 1; i++) {
      assertTrue(fill.get(i) >= 0.5, pdf.getFileName() + " page " + (i + 1) + " is filled to " + fill.get(i) + ": " + fill);
    }
  }

  static Path write(String area, ReportFormat format, Lang lang) throws Exception {
    List<Path> files = PlannerReports.write(ReportWarehouse.path(), new ReportSpec(area, YEAR, lang), Set.of(format),
        ReportWarehouse.outDir("out"));
    assertEquals(1, files.size());
    return files.get(0);
  }

  /** A value is a numeric cell equal to the warehouse's; suppressed and missing are empty. Returns 1 for a numeric. */
  static int assertCell(Expected e, Cell cell, String what) {
    if (e == null || e.suppressed() || (e.value() == null && e.category() == null)) {
      assertTrue(cell == null || cell.getCellType() == CellType.BLANK, what + " should be empty");
      return 0;
    }
    if (e.category() != null) {
      assertEquals(CellType.STRING, cell.getCellType(), what);
      return 0;
    }
    assertEquals(CellType.NUMERIC, cell.getCellType(), what);
    assertEquals(e.value(), cell.getNumericCellValue(), what);
    return 1;
  }

  /** The list row of one area and indicator, or null. */
  static Row rowFor(Sheet sheet, String area, String indicator) {
    for (Row row : sheet) {
      if (row.getRowNum() > 1 && area.equals(row.getCell(0).getStringCellValue())
          && indicator.equals(row.getCell(3).getStringCellValue())) {
        return row;
      }
    }
    return null;
  }

  private static List<String> areasOf(Sheet sheet, String indicator) {
    List<String> areas = new ArrayList<>();
    for (Row row : sheet) {
      if (row.getRowNum() > 1 && indicator.equals(row.getCell(3).getStringCellValue())) {
        areas.add(row.getCell(0).getStringCellValue());
      }
    }
    return areas;
  }

  static Row rowStartingWith(Sheet sheet, String first) {
    for (Row row : sheet) {
      Cell cell = row.getCell(0);
      if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(first)) {
        return row;
      }
    }
    return null;
  }

  private static String strings(Sheet sheet) {
    StringBuilder all = new StringBuilder();
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.STRING) {
          all.append(cell.getStringCellValue()).append('\n');
        }
      }
    }
    return all.toString();
  }

  private static String allStrings(Workbook book) {
    StringBuilder all = new StringBuilder();
    book.forEach(sheet -> all.append(strings(sheet)));
    return all.toString();
  }

}
