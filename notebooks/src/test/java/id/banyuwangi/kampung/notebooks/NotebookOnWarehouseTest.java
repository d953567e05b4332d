package id.banyuwangi.kampung.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.kampung.reports.Units;
import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.warehouse.AllSourcesLake;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notebooks run on a real warehouse (built by the real builder from the warehouse module's test
 * lake): the page names the build from {@code _build_info}, a chart cell draws the result with the
 * reports' renderer (its labels and values read back from the SVG), a hidden cell is folded, and
 * every shipped notebook runs without a failed cell.
 */
class NotebookOnWarehouseTest {
  @TempDir static Path dir;
  private static Connection db;

  @BeforeAll
  static void warehouse() throws Exception {
    Path warehouse = AllSourcesLake.buildWarehouse(Files.createDirectories(dir.resolve("w")));
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    db = DriverManager.getConnection("jdbc:duckdb:" + warehouse, readOnly);
  }

  @Test
  void aPageSaysWhenItRanAndFromWhichBuild() throws Exception {
    String html = new NotebookRunner().run(new Notebook("uji", "```sql\nselect 1\n```\n"), db).html();
    String buildId = scalar("select value from _build_info where key = 'build_id'");
    Matcher stamp = Pattern.compile("<p class=\"stamp\">Dijalankan (\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC) dari build gudang data "
        + Pattern.quote(buildId) + " \\(dibangun " + Pattern.quote(scalar("select value from _build_info where key = 'built_at'"))
        + "\\)\\.</p>").matcher(html);
    assertTrue(stamp.find(), html);
  }

  @Test
  void aChartCellDrawsItsResultWithTheReportsRenderer() throws Exception {
    String sql = """
        select r.area_name, v.value, v.suppressed
        from public_indicator_value v join dim_region r on r.area_code = v.area_code
        where v.indicator_code = 'SELF_SERVICE_SHARE' and v.period_kind = 'YEAR' and v.period = '2024' and r.area_level = 'DISTRICT'
        order by r.area_name""";
    NotebookRunner.Result r = new NotebookRunner().run(new Notebook("uji",
        "```sql chart=bars indicator=SELF_SERVICE_SHARE hide\n" + sql + "\n```\n"), db);
    assertEquals(0, r.failedCells(), r.html());
    assertTrue(r.html().contains("<details class=\"hidden-cell\"><summary>Kueri disembunyikan"), "shown as hidden: " + r.html());
    int img = r.html().indexOf("<img class=\"chart\"");
    assertTrue(img > r.html().indexOf("</details>"), "the chart follows the folded query");
    assertTrue(r.html().contains("alt=\"Diagram batang Porsi Layanan Mandiri, "), r.html());
    String svg = CellChart.decode(r.html().substring(img));
    Map<String, Double> shown = new LinkedHashMap<>();
    int hidden = 0;
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        if (rs.getBoolean(3)) {
          hidden++;
        } else {
          shown.put(rs.getString(1), rs.getDouble(2));
        }
      }
    }
    assertTrue(shown.size() >= 2, "kecamatan with a value: " + shown);
    var share = IndicatorCatalog.standard().find("SELF_SERVICE_SHARE").orElseThrow();
    for (Map.Entry<String, Double> e : shown.entrySet()) {
      assertTrue(svg.contains(">" + e.getKey() + "<"), "bar of " + e.getKey());
      assertTrue(svg.contains(Units.numberFormat(share).format(e.getValue())), "value of " + e.getKey() + " in " + svg);
    }
    assertEquals(hidden > 0, svg.contains("disamarkan"), "a hidden value is a labelled gap");
    assertTrue(!r.html().contains("<table class=\"result\">"), "a chart cell draws instead of a table");
  }

  @Test
  void aMapCellDrawsTheKecamatanWithHiddenOnesHatched() throws Exception {
    String sql = """
        select r.area_code, v.value, v.suppressed
        from dim_region r left join public_indicator_value v on v.area_code = r.area_code
          and v.indicator_code = 'POVERTY_P0' and v.period = '2024'
        where r.area_level = 'DISTRICT'
        order by r.area_code""";
    NotebookRunner.Result r = new NotebookRunner().run(new Notebook("uji",
        "```sql map indicator=POVERTY_P0\n" + sql + "\n```\n"), db);
    assertEquals(0, r.failedCells(), r.html());
    String html = r.html();
    String svg = html.substring(html.indexOf("<figure class=\"map\"><svg"), html.indexOf("</svg></figure>"));
    assertEquals(25, count(svg, "<path "), "a path per kecamatan");
    long hidden = 0;
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        hidden += rs.getBoolean(3) ? 1 : 0;
      }
    }
    assertTrue(hidden > 0, "the test lake has hidden poverty cells at kecamatan level");
    assertEquals(hidden, count(svg, "<g class=\"area suppressed\""), "each hidden kecamatan is drawn as hidden");
    assertEquals(hidden, count(svg, "fill=\"url(#hatch-POVERTY_P0)\" fill-rule"), "hatched");
    assertEquals(hidden + 1, count(svg, ">disamarkan</text>"), "labelled, and the legend says so");
    assertTrue(!html.contains("<?xml"), "the SVG is inlined in the page, without its XML declaration");
    NotebookRunner.Result bad = new NotebookRunner().run(new Notebook("uji",
        "```sql map indicator=POVERTY_P0\nselect '35' as area_code, 1.0 as value\n```\n"), db);
    assertEquals(1, bad.failedCells());
    assertTrue(bad.html().contains("area codes are the kecamatan"), "a map of codes it cannot place fails in place");
  }

  private static int count(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }

  @Test
  void aChartOfTextIsAnErrorInPlace() throws Exception {
    NotebookRunner.Result r = new NotebookRunner().run(new Notebook("uji",
        "```sql chart=line indicator=SELF_SERVICE_SHARE\nselect period, area_code from public_indicator_value limit 3\n```\n"), db);
    assertEquals(1, r.failedCells());
    assertTrue(r.html().contains("value column holds its numbers"), r.html());
  }

  @Test
  void everyShippedNotebookRunsWithoutAFailedCell() throws Exception {
    for (String name : Notebook.SHIPPED) {
      NotebookRunner.Result r = new NotebookRunner().run(Notebook.shipped(name), db);
      assertEquals(0, r.failedCells(), name + ": " + r.html());
      assertTrue(r.cells() >= 3, name);
    }
  }

  private static String scalar(String sql) throws Exception {
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
