package id.banyuwangi.kampung.reports.planner;

import static org.junit.jupiter.api.Assertions.assertFalse;

import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.warehouse.AllSourcesLake;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The report tests' warehouse, built once per test JVM from {@link AllSourcesLake} by the real
 * builder, and what the tests read from it independently of the code under test: the public values
 * with plain SQL, every person-level identifier, and the written files with PDFBox and POI.
 */
final class ReportWarehouse {
  static final String REGENCY = "3510";
  static final String PESANGGARAN = "351001";
  static final String SARONGAN = "3510012001";
  static final int YEAR = 2024;
  static final IndicatorCatalog CATALOG = IndicatorCatalog.standard();
  /** Columns of the warehouse that identify a person, a household, a request or a business. */
  static final List<String> PERSON_COLUMNS = List.of("child_key", "measurement_id", "student_key",
      "household_key", "txn_id", "business_id", "citizen_pseudonym", "event_id");

  private static Path dir;
  private static Path warehouse;
  private static Connection db;
  private static Set<String> personIds;

  private ReportWarehouse() {}

  static synchronized Path path() {
    if (warehouse == null) {
      try {
        dir = Files.createTempDirectory("report-warehouse");
        Runtime.getRuntime().addShutdownHook(new Thread(ReportWarehouse::deleteDir));
        warehouse = AllSourcesLake.buildWarehouse(dir);
        String keep = System.getProperty("planner.keepWarehouse");
        if (keep != null) {
          Files.copy(warehouse, Path.of(keep), StandardCopyOption.REPLACE_EXISTING);
        }
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        db = DriverManager.getConnection("jdbc:duckdb:" + warehouse, readOnly);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
    return warehouse;
  }

  static Connection db() {
    path();
    return db;
  }

  /** One public value as the warehouse holds it. */
  record Expected(Indicator indicator, String period, Double value, boolean suppressed, String suppression,
      String category) {}

  /** The report-year values of every indicator of one area (2024, or the school year 2024/2025), by code. */
  static Map<String, Expected> expected(String area) throws SQLException {
    return expected(area, "2024", "2024/2025");
  }

  /** The values of one area for a calendar/survey year and a school year, by code (one row per code: no bands). */
  static Map<String, Expected> expected(String area, String year, String schoolYear) throws SQLException {
    Map<String, Expected> byCode = new HashMap<>();
    try (PreparedStatement p = db().prepareStatement("SELECT indicator_code, value, suppressed, category, period, suppression"
        + " FROM public_indicator_value WHERE area_code = ? AND ((period = ? AND period_kind IN ('YEAR', 'SURVEY_YEAR'))"
        + " OR (period = ? AND period_kind = 'SCHOOL_YEAR'))")) {
      p.setString(1, area);
      p.setString(2, year);
      p.setString(3, schoolYear);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          Indicator ind = CATALOG.find(r.getString(1)).orElseThrow();
          Double value = r.getObject(2) == null ? null : r.getDouble(2);
          byCode.put(ind.code(), new Expected(ind, r.getString(5), value, r.getBoolean(3), r.getString(6), r.getString(4)));
        }
      }
    }
    return byCode;
  }

  /** The names of the areas one level below {@code parent}, by code. */
  static Map<String, String> childNames(String parent) throws SQLException {
    Map<String, String> names = new HashMap<>();
    try (PreparedStatement p = db().prepareStatement("SELECT area_code, area_name FROM dim_region WHERE parent_code = ?")) {
      p.setString(1, parent);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          names.put(r.getString(1), r.getString(2));
        }
      }
    }
    return names;
  }

  static String buildInfo(String key) throws SQLException {
    try (PreparedStatement p = db().prepareStatement("SELECT value FROM _build_info WHERE key = ?")) {
      p.setString(1, key);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    }
  }

  static long count(String sql) throws SQLException {
    try (PreparedStatement p = db().prepareStatement(sql); ResultSet r = p.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  /** Fails when the text holds any person-level identifier of the warehouse or the name of such a column. */
  static void assertNoPersonIds(String text) throws SQLException {
    for (String id : personIds()) {
      assertFalse(Pattern.compile("(?<![\\w-])" + Pattern.quote(id) + "(?![\\w-])").matcher(text).find(),
          "person-level identifier " + id + " in a report");
    }
    for (String column : PERSON_COLUMNS) {
      assertFalse(text.contains(column), column);
    }
  }

  private static synchronized Set<String> personIds() throws SQLException {
    if (personIds != null) {
      return personIds;
    }
    Set<String> ids = new HashSet<>();
    List<String[]> columns = new ArrayList<>();
    try (PreparedStatement p = db().prepareStatement("SELECT table_name, column_name FROM information_schema.columns"
        + " WHERE column_name IN (" + String.join(", ", PERSON_COLUMNS.stream().map(c -> "'" + c + "'").toList()) + ")");
        ResultSet r = p.executeQuery()) {
      while (r.next()) {
        columns.add(new String[] {r.getString(1), r.getString(2)});
      }
    }
    for (String[] c : columns) {
      try (PreparedStatement p = db().prepareStatement("SELECT DISTINCT \"" + c[1] + "\" FROM \"" + c[0] + "\" WHERE \"" + c[1] + "\" IS NOT NULL");
          ResultSet r = p.executeQuery()) {
        while (r.next()) {
          ids.add(r.getString(1));
        }
      }
    }
    assertFalse(ids.isEmpty(), "the warehouse has person-level tables to guard against");
    personIds = ids;
    return ids;
  }

  // ---- the files, read back by independent readers

  /** The text of pages {@code from}..{@code to} (1-based, inclusive), by PDFBox. */
  static String pdfText(Path pdf, int from, int to) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(from);
      stripper.setEndPage(Math.min(to, doc.getNumberOfPages()));
      return stripper.getText(doc);
    }
  }

  /** The whole text of a PDF, by PDFBox. */
  static String pdfText(Path pdf) throws IOException {
    return pdfText(pdf, 1, Integer.MAX_VALUE);
  }

  /**
   * How far down each page its content reaches, as a fraction of the page height (0 empty, 1 full):
   * the lowest line of text (table cells and chart labels are text too), the running footer left out.
   */
  static List<Double> pageFill(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      List<Double> fill = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper() {
        private float lowest;

        @Override
        protected void startPage(PDPage page) {
          lowest = 0;
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
          if (!text.startsWith("Kampung Analytics |") && !positions.isEmpty()) {
            lowest = Math.max(lowest, positions.get(0).getYDirAdj());
          }
        }

        @Override
        protected void endPage(PDPage page) {
          fill.add((double) lowest / page.getMediaBox().getHeight());
        }
      };
      stripper.setSortByPosition(true);
      stripper.getText(doc);
      return fill;
    }
  }

  static int pages(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return doc.getNumberOfPages();
    }
  }

  static Workbook workbook(Path xlsx) throws IOException {
    try (InputStream in = Files.newInputStream(xlsx)) {
      return WorkbookFactory.create(in);
    }
  }

  static Path outDir(String name) throws IOException {
    path();
    return Files.createDirectories(dir.resolve(name));
  }

  private static void deleteDir() {
    try {
      if (db != null) {
        db.close();
      }
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    } catch (IOException | SQLException e) {
      // a temporary directory left behind is harmless
    }
  }
}
