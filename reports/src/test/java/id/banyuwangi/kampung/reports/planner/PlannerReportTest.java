package id.banyuwangi.kampung.reports.planner;

import id.banyuwangi.kampung.warehouse.AllSourcesLake;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.reports.Units;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Planner reports written from a real warehouse ({@link AllSourcesLake}) and read back: the PDF's
 * text with OpenPDF's extractor, the workbook with POI, each compared with what
 * {@code public_indicator_value} holds, read here with plain SQL.
 */
class PlannerReportTest {
  private static final String PESANGGARAN = "351001";
  private static final String REGENCY = "3510";
  private static final String SARONGAN = "3510012001";
  private static final int YEAR = 2024;
  private static final IndicatorCatalog CATALOG = IndicatorCatalog.standard();
  /** Columns of the warehouse that identify a person, a household, a request or a business. */
  private static final List<String> PERSON_COLUMNS = List.of("child_key", "measurement_id", "student_key",
      "household_key", "txn_id", "business_id", "citizen_pseudonym", "event_id");

  @TempDir static Path dir;
  static Path warehouse;
  static Connection db;
  static Set<String> personIds;

  @BeforeAll
  static void buildWarehouse() throws Exception {
    warehouse = AllSourcesLake.buildWarehouse(dir);
    String keep = System.getProperty("planner.keepWarehouse");
    if (keep != null) {
      Files.copy(warehouse, Path.of(keep), StandardCopyOption.REPLACE_EXISTING);
    }
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    db = DriverManager.getConnection("jdbc:duckdb:" + warehouse, readOnly);
    personIds = personIds();
  }

  @AfterAll
  static void close() throws SQLException {
    db.close();
  }

  @Test
  void kecamatanPdfShowsTheAreaTheIndicatorsAndTheWarehouseValues() throws Exception {
    String lines = pdfLines(write(PESANGGARAN, ReportFormat.PDF));
    String text = lines.replaceAll("\\s+", " ");
    assertTrue(text.contains("Kecamatan Pesanggaran (351001)"), "area name");
    for (Indicator ind : CATALOG.all()) {
      // a 2024 report shows the Indeks Desa, not the IDM it replaces (each framework in its own years)
      assertEquals(ind.reportedIn(YEAR), text.contains(ind.nameId()), "indicator name " + ind.nameId());
    }
    Map<String, Expected> own = expected(PESANGGARAN);
    int values = 0;
    for (Expected e : own.values()) {
      if (e.value() != null && e.category() == null && e.indicator().reportedIn(YEAR)) {
        // the indicator's row: code, name, unit, period, then the value
        Indicator ind = e.indicator();
        String shown = Units.format(ind, e.value());
        Pattern row = Pattern.compile(String.join(" ?", Pattern.quote(ind.code()), Pattern.quote(ind.nameId()),
            Pattern.quote(Units.label(ind)), Pattern.quote(e.period()), Pattern.quote(shown)));
        assertTrue(row.matcher(lines).find(), ind.code() + " should read " + shown);
        values++;
      }
    }
    assertTrue(values >= 15, "most indicators have a value in Pesanggaran: " + values);
    assertTrue(text.contains("disamarkan"), "a suppressed cell is printed as disamarkan");
    assertTrue(text.contains("Sarongan"), "child villages are listed");
    assertTrue(text.contains(buildInfo("build_id")), "the build id is on the cover");
    assertTrue(text.contains("silver/households"), "the Delta tables read are listed");
    assertTrue(text.contains("Lampiran: definisi indikator"));
    assertNoPersonIds(text);
  }

  @Test
  void kecamatanWorkbookHoldsTheWarehouseValuesAsNumbers() throws Exception {
    try (Workbook book = workbook(write(PESANGGARAN, ReportFormat.XLSX))) {
      Map<String, Expected> own = expected(PESANGGARAN);
      int numeric = 0;
      int suppressed = 0;
      for (ReportSection section : ReportSection.values()) {
        Sheet sheet = book.getSheet(section.title());
        assertNotNull(sheet, section.title());
        assertEquals(2, sheet.getPaneInformation().getHorizontalSplitPosition(), "title and header rows frozen");
        for (Indicator ind : section.indicators(CATALOG, YEAR)) {
          Row row = rowStartingWith(sheet, ind.code());
          Expected e = own.get(ind.code());
          numeric += assertCell(e, row.getCell(4), ind.code() + " in " + PESANGGARAN);
          if (e != null && e.suppressed()) {
            suppressed++;
            assertTrue(row.getCell(8).getStringCellValue().startsWith("disamarkan"), "note of " + ind.code());
          }
        }
        numeric += assertChildTable(sheet, section);
      }
      assertTrue(numeric >= 40, "numeric cells compared: " + numeric);
      Sheet economy = book.getSheet(ReportSection.EKONOMI.title());
      assertEquals("\"Rp \"#,##0", rowStartingWith(economy, "BUMDES_REVENUE").getCell(4).getCellStyle().getDataFormatString());
      assertEquals("#,##0.0", rowStartingWith(economy, "EMPLOYMENT_RATIO").getCell(4).getCellStyle().getDataFormatString(),
          "a percent stays 0..100, no % in the format");
      assertTrue(suppressed + suppressedChildCells(book) > 0, "the lake has small cells");
      Sheet sources = book.getSheet(ExcelReportWriter.SOURCES_SHEET);
      assertNotNull(rowStartingWith(sources, "build_id"));
      assertEquals(buildInfo("build_id"), rowStartingWith(sources, "build_id").getCell(1).getStringCellValue());
      Row households = rowStartingWith(sources, "silver/households");
      assertEquals(CellType.NUMERIC, households.getCell(1).getCellType(), "Delta version is a number");
      assertNoPersonIds(allStrings(book));
    }
  }

  @Test
  void regencyReportHasAKecamatanTableAndChartsInBothFormats() throws Exception {
    String text = pdfText(write(REGENCY, ReportFormat.PDF));
    assertTrue(text.contains("Kabupaten Banyuwangi (3510)"));
    assertTrue(text.contains("nilai per kecamatan"));
    assertTrue(text.contains("Pesanggaran") && text.contains("Bangorejo"));
    try (PdfReader reader = new PdfReader(Files.readAllBytes(dir.resolve("out/kampung-3510-2024.pdf")))) {
      assertTrue(reader.getNumberOfPages() > 10, "chapters, charts and the appendix: " + reader.getNumberOfPages());
    }
    try (Workbook book = workbook(write(REGENCY, ReportFormat.XLSX))) {
      for (ReportSection section : ReportSection.values()) {
        assertChildTable(book.getSheet(section.title()), section);
      }
    }
  }

  @Test
  void villageReportHasNoChildTable() throws Exception {
    String text = pdfText(write(SARONGAN, ReportFormat.PDF));
    assertTrue(text.contains("Desa/Kelurahan Sarongan (3510012001)"));
    assertFalse(text.contains("nilai per"));
    try (Workbook book = workbook(write(SARONGAN, ReportFormat.XLSX))) {
      assertTrue(rowStartingWith(book.getSheet(ReportSection.PEMBANGUNAN_DESA.title()), ReportTables.CHILD_CODE_HEADER) == null);
      assertNull(rowStartingWith(book.getSheet(ReportSection.PEMBANGUNAN_DESA.title()), "IDM_SCORE"),
          "the IDM is reported up to 2023");
      assertNotNull(rowStartingWith(book.getSheet(ReportSection.PEMBANGUNAN_DESA.title()), "INDEKS_DESA_SCORE"));
    }
    // the 2023 report shows the IDM (WelfareLake: Sarongan 0.5 in 2023) and no Indeks Desa
    List<Path> files = PlannerReports.write(warehouse, new ReportSpec(SARONGAN, 2023), Set.of(ReportFormat.XLSX),
        dir.resolve("out-2023"));
    try (Workbook book = workbook(files.get(0))) {
      Row idm = rowStartingWith(book.getSheet(ReportSection.PEMBANGUNAN_DESA.title()), "IDM_SCORE");
      assertEquals(0.5, idm.getCell(4).getNumericCellValue(), 1e-9);
      assertNull(rowStartingWith(book.getSheet(ReportSection.PEMBANGUNAN_DESA.title()), "INDEKS_DESA_SCORE"));
    }
  }

  @Test
  void schoolYearIndicatorsReadTheSchoolYearStartingInTheReportYear() throws Exception {
    PlannerReport report = PlannerReports.load(warehouse, new ReportSpec(PESANGGARAN, YEAR));
    assertEquals("2024/2025", report.schoolYear());
    // 2025: the lake's latest school year is 2024/2025, which starts before 2025
    assertEquals("2024/2025", PlannerReports.load(warehouse, new ReportSpec(PESANGGARAN, 2025)).schoolYear());
  }

  @Test
  void unknownAreaOrYearIsAClearError() {
    IllegalArgumentException area = assertThrows(IllegalArgumentException.class,
        () -> PlannerReports.load(warehouse, new ReportSpec("9999", YEAR)));
    assertTrue(area.getMessage().contains("unknown area '9999'"), area.getMessage());
    IllegalArgumentException year = assertThrows(IllegalArgumentException.class,
        () -> PlannerReports.load(warehouse, new ReportSpec(REGENCY, 2031)));
    assertTrue(year.getMessage().contains("no value for the year 2031") && year.getMessage().contains("2024"),
        year.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> PlannerReports.load(dir.resolve("missing.duckdb"), new ReportSpec(REGENCY, YEAR)));
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

  // ---- the child-area table of a sheet against the warehouse

  /** Compares every child cell with the warehouse; returns how many numeric cells were compared. */
  private static int assertChildTable(Sheet sheet, ReportSection section) throws SQLException {
    Row header = rowStartingWith(sheet, ReportTables.CHILD_CODE_HEADER);
    List<Indicator> indicators = section.indicators(CATALOG, YEAR);
    for (int i = 0; i < indicators.size(); i++) {
      assertEquals(ReportTables.header(indicators.get(i)), header.getCell(2 + i).getStringCellValue());
    }
    int numeric = 0;
    for (int r = header.getRowNum() + 1; sheet.getRow(r) != null && isAreaCode(sheet.getRow(r).getCell(0)); r++) {
      Row row = sheet.getRow(r);
      Map<String, Expected> child = expected(row.getCell(0).getStringCellValue());
      for (int i = 0; i < indicators.size(); i++) {
        numeric += assertCell(child.get(indicators.get(i).code()), row.getCell(2 + i),
            indicators.get(i).code() + " in " + row.getCell(0).getStringCellValue());
      }
    }
    return numeric;
  }

  private static boolean isAreaCode(Cell cell) {
    return cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().matches("\\d{6}|\\d{10}");
  }

  /** A value is a numeric cell equal to the warehouse's; suppressed and missing are empty. Returns 1 for a numeric. */
  private static int assertCell(Expected e, Cell cell, String what) {
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

  private static int suppressedChildCells(Workbook book) {
    int n = 0;
    for (ReportSection section : ReportSection.values()) {
      for (Row row : book.getSheet(section.title())) {
        for (Cell cell : row) {
          n += cell.getCellComment() != null ? 1 : 0;
        }
      }
    }
    return n;
  }

  // ---- the warehouse, read with plain SQL

  record Expected(Indicator indicator, String period, Double value, boolean suppressed, String category) {}

  /** The report-year value of every indicator of one area in public_indicator_value (2024, or the school year 2024/2025). */
  private static Map<String, Expected> expected(String area) throws SQLException {
    Map<String, Expected> byCode = new HashMap<>();
    try (PreparedStatement p = db.prepareStatement("SELECT indicator_code, value, suppressed, category, period"
        + " FROM public_indicator_value WHERE area_code = ? AND ((period = '2024' AND period_kind IN ('YEAR', 'SURVEY_YEAR'))"
        + " OR (period = '2024/2025' AND period_kind = 'SCHOOL_YEAR'))")) {
      p.setString(1, area);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          Indicator ind = CATALOG.find(r.getString(1)).orElseThrow();
          Double value = r.getObject(2) == null ? null : r.getDouble(2);
          byCode.put(ind.code(), new Expected(ind, r.getString(5), value, r.getBoolean(3), r.getString(4)));
        }
      }
    }
    return byCode;
  }

  private static String buildInfo(String key) throws SQLException {
    try (PreparedStatement p = db.prepareStatement("SELECT value FROM _build_info WHERE key = ?")) {
      p.setString(1, key);
      try (ResultSet r = p.executeQuery()) {
        assertTrue(r.next());
        return r.getString(1);
      }
    }
  }

  /** Every value of a person-level identifier column anywhere in the warehouse. */
  private static Set<String> personIds() throws SQLException {
    Set<String> ids = new HashSet<>();
    List<String[]> columns = new ArrayList<>();
    try (PreparedStatement p = db.prepareStatement("SELECT table_name, column_name FROM information_schema.columns"
        + " WHERE column_name IN (" + String.join(", ", PERSON_COLUMNS.stream().map(c -> "'" + c + "'").toList()) + ")");
        ResultSet r = p.executeQuery()) {
      while (r.next()) {
        columns.add(new String[] {r.getString(1), r.getString(2)});
      }
    }
    for (String[] c : columns) {
      try (PreparedStatement p = db.prepareStatement("SELECT DISTINCT \"" + c[1] + "\" FROM \"" + c[0] + "\" WHERE \"" + c[1] + "\" IS NOT NULL");
          ResultSet r = p.executeQuery()) {
        while (r.next()) {
          ids.add(r.getString(1));
        }
      }
    }
    assertFalse(ids.isEmpty(), "the warehouse has person-level tables to guard against");
    return ids;
  }

  private static void assertNoPersonIds(String text) {
    for (String id : personIds) {
      assertFalse(Pattern.compile("(?<![\\w-])" + Pattern.quote(id) + "(?![\\w-])").matcher(text).find(),
          "person-level identifier " + id + " in a report");
    }
    for (String column : PERSON_COLUMNS) {
      assertFalse(text.contains(column), column);
    }
  }

  // ---- the files

  private static Path write(String area, ReportFormat format) throws Exception {
    List<Path> files = PlannerReports.write(warehouse, new ReportSpec(area, YEAR), Set.of(format), dir.resolve("out"));
    assertEquals(List.of(dir.resolve("out/kampung-" + area + "-" + YEAR + "." + format.extension())), files);
    return files.get(0);
  }

  /** The PDF's text, whitespace runs collapsed to one space. */
  private static String pdfText(Path pdf) throws Exception {
    return pdfLines(pdf).replaceAll("\\s+", " ");
  }

  /** The PDF's text as extracted, line by line. */
  private static String pdfLines(Path pdf) throws Exception {
    StringBuilder text = new StringBuilder();
    try (PdfReader reader = new PdfReader(Files.readAllBytes(pdf))) {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append('\n');
      }
    }
    return text.toString();
  }

  private static Workbook workbook(Path xlsx) throws Exception {
    try (InputStream in = Files.newInputStream(xlsx)) {
      return WorkbookFactory.create(in);
    }
  }

  private static Row rowStartingWith(Sheet sheet, String first) {
    for (Row row : sheet) {
      Cell cell = row.getCell(0);
      if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(first)) {
        return row;
      }
    }
    return null;
  }

  private static String allStrings(Workbook book) {
    StringBuilder all = new StringBuilder();
    for (Sheet sheet : book) {
      for (Row row : sheet) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.STRING) {
            all.append(cell.getStringCellValue()).append('\n');
          }
        }
      }
    }
    return all.toString();
  }
}
