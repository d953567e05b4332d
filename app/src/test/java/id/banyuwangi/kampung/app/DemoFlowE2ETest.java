package id.banyuwangi.kampung.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.banyuwangi.kampung.api.ApiServer;
import id.banyuwangi.kampung.domain.growth.WhoGrowthStandards;
import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.domain.lake.LakeContract;
import id.banyuwangi.kampung.domain.person.Pseudonymizer;
import id.banyuwangi.kampung.domain.poverty.PovertyLines;
import id.banyuwangi.kampung.domain.progress.Progress;
import id.banyuwangi.kampung.generator.GeneratorConfig;
import id.banyuwangi.kampung.generator.SourceGenerator;
import id.banyuwangi.kampung.ingestion.IngestJob;
import id.banyuwangi.kampung.ingestion.IngestOptions;
import id.banyuwangi.kampung.ingestion.IngestSummary;
import id.banyuwangi.kampung.ingestion.SourceCounts;
import id.banyuwangi.kampung.notebooks.Notebook;
import id.banyuwangi.kampung.notebooks.NotebookRunner;
import id.banyuwangi.kampung.warehouse.SubtractionAttack;
import id.banyuwangi.kampung.warehouse.WarehouseBuilder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole path on real components: generated files -> Spark/Delta ingest -> DuckDB build ->
 * Javalin API, compared with an independent computation from the source files.
 */
@Tag("e2e")
class DemoFlowE2ETest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern SIXTEEN_DIGITS = Pattern.compile("\\d{16}");
  private static final List<String> PERIODS = List.of("2024-03", "2024-04", "2024-Q1", "2024-Q2", "2024");

  @TempDir static Path dir;
  static SparkSession spark;
  static KioskOracle oracle;
  static IngestSummary partialRun;
  static IngestSummary firstRun;
  static IngestSummary secondRun;
  static double marchCompletedAfterPartialRun;
  static Map<String, Long> rowsAfterFirstRun;
  static ApiServer server;
  static Path inspected;
  static Path sources;
  static HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void runTheWholeFlow() throws Exception {
    sources = dir.resolve("sources");
    SourceGenerator.generate(new GeneratorConfig(sources, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 10), 0.02, 7), Progress.NONE);
    oracle = KioskOracle.of(sources);
    Path firstHalf = copyFilesUpTo(sources, "20240315");
    spark = IngestJob.session("local[2]");
    Pseudonymizer key = new Pseudonymizer("e2e-test-key-not-a-secret");
    String lake = dir.resolve("lake").toString();
    Path warehouse = dir.resolve("warehouse.duckdb");
    partialRun = IngestJob.run(spark, new IngestOptions(firstHalf.toString(), lake, "local[2]", Instant.now()), key, Progress.NONE);
    WarehouseBuilder.build(lake, warehouse, Progress.NONE);
    marchCompletedAfterPartialRun = slaDenominator(warehouse, "2024-03");
    IngestOptions options = new IngestOptions(sources.toString(), lake, "local[2]", Instant.now());
    firstRun = IngestJob.run(spark, options, key, Progress.NONE);
    rowsAfterFirstRun = lakeRowCounts();
    secondRun = IngestJob.run(spark, options, key, Progress.NONE);
    WarehouseBuilder.build(lake, warehouse, Progress.NONE);
    // DuckDB refuses to attach one file twice in a process and the server holds it: direct reads use a copy
    java.nio.file.Files.copy(warehouse, inspected = dir.resolve("inspected.duckdb"));
    server = ApiServer.start(warehouse, 0);
  }

  /** The first days' kiosk files, as if the later days had not arrived yet. */
  private static Path copyFilesUpTo(Path sources, String lastDay) throws java.io.IOException {
    Path target = dir.resolve("first-half");
    java.nio.file.Files.createDirectories(target.resolve("kiosk"));
    try (var files = java.nio.file.Files.list(sources.resolve("kiosk"))) {
      for (Path f : files.toList()) {
        String day = f.getFileName().toString().replaceAll(".*_(\\d{8})\\..*", "$1");
        if (day.compareTo(lastDay) <= 0) {
          java.nio.file.Files.copy(f, target.resolve("kiosk").resolve(f.getFileName()));
        }
      }
    }
    return target;
  }

  private static double slaDenominator(Path warehouse, String period) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse);
        var ps = c.prepareStatement("select denominator from mart_indicator_value where indicator_code = 'SLA_COMPLIANCE' and area_code = '3510' and period = ?")) {
      ps.setString(1, period);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getDouble(1) : 0;
      }
    }
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void countsReconcileWithTheGeneratorsFaults() {
    for (IngestSummary run : List.of(partialRun, firstRun, secondRun)) {
      assertEquals(run.linesRead(), run.accepted() + run.quarantined() + run.duplicates(), run.toString());
    }
    // the second run skipped the files the partial run had read (same name, same content)
    assertEquals(oracle.linesRead, partialRun.linesRead() + firstRun.linesRead());
    Map<String, Long> quarantined = new HashMap<>(partialRun.quarantinedByReason());
    firstRun.quarantinedByReason().forEach((k, v) -> quarantined.merge(k, v, Long::sum));
    quarantined.values().removeIf(v -> v == 0);
    Map<String, Long> expectedQuarantine = new HashMap<>(oracle.faultsByKind);
    long expectedDuplicates = expectedQuarantine.remove("DUPLICATE_EVENT");
    assertEquals(expectedQuarantine, quarantined);
    assertEquals(expectedDuplicates, partialRun.duplicates() + firstRun.duplicates());
    assertTrue(firstRun.accepted() > 1000, firstRun.toString());
  }

  @Test
  void completionsArrivingInLaterFilesUpdateTheSlaFigures() throws Exception {
    double marchCompletedNow = slaDenominator(inspected, "2024-03");
    assertTrue(marchCompletedNow > marchCompletedAfterPartialRun,
        marchCompletedAfterPartialRun + " -> " + marchCompletedNow);
    assertEquals(oracle.compute("SLA_COMPLIANCE", "3510", "2024-03").denominator(), marchCompletedNow);
  }

  @Test
  void aSecondIngestOfTheSameFilesChangesNothing() {
    assertEquals(0, secondRun.accepted());
    assertEquals(rowsAfterFirstRun, lakeRowCounts());
  }

  @Test
  void theDataQualityTabCountsWhatTheIngestRunsCounted() throws Exception {
    long lines = 0;
    long duplicates = 0;
    long delivered = 0;
    Map<String, Long> byReason = new HashMap<>();
    JsonNode latest = get("/api/v1/quality");
    for (JsonNode month : latest.get("months")) {
      JsonNode q = get("/api/v1/quality?month=" + month.asText());
      assertFalse(Pattern.compile("(?<![\\d.])\\d{16}(?![\\d.])").matcher(q.toString()).find(),
          "no NIK in the quality figures (a rate's 16 decimals aside)");
      for (JsonNode i : q.get("ingest")) {
        if (i.get("source").asText().equals("kiosk")) {
          lines += i.get("lines_read").asLong();
          duplicates += i.get("duplicates").asLong();
        }
      }
      q.get("quarantine").forEach(r -> {
        if (r.get("source").asText().equals("kiosk")) {
          byReason.merge(r.get("reason").asText(), r.get("records").asLong(), Long::sum);
        }
      });
      for (JsonNode d : q.get("delivery")) {
        if (d.get("source").asText().equals("kiosk")) {
          delivered += d.get("records").asLong();
          assertTrue(d.get("median_delay_days").asDouble() >= 0, d.toString());
        }
      }
    }
    assertEquals(partialRun.linesRead() + firstRun.linesRead() + secondRun.linesRead(), lines);
    assertEquals(partialRun.duplicates() + firstRun.duplicates() + secondRun.duplicates(), duplicates);
    Map<String, Long> expected = new HashMap<>(oracle.faultsByKind);
    expected.remove("DUPLICATE_EVENT");
    assertEquals(expected, byReason, "quarantine by reason, as the generator made the faults");
    assertEquals(rowsAfterFirstRun.get(LakeContract.SILVER_KIOSK_EVENTS.path()), delivered, "every stored kiosk event, once");
    assertTrue(latest.get("latest_record_date").asText().startsWith("2024-04"), latest.toString());
  }

  @Test
  void apiAnswersEqualTheIndependentComputation() throws Exception {
    int compared = 0;
    for (var indicator : IndicatorCatalog.standard().ofDomain("PUBLIC_SERVICE")) {
      for (String period : PERIODS) {
        List<JsonNode> values = new ArrayList<>();
        get("/api/v1/values?indicator=" + indicator.code() + "&area=3510&period=" + period).get("values").forEach(values::add);
        get("/api/v1/values?indicator=" + indicator.code() + "&area=3510&period=" + period + "&children=true").get("values").forEach(values::add);
        get("/api/v1/values?indicator=" + indicator.code() + "&area=351001&period=" + period + "&children=true").get("values").forEach(values::add);
        for (JsonNode v : values) {
          KioskOracle.Cell expected = oracle.compute(indicator.code(), v.get("area").asText(), period);
          String where = indicator.code() + " " + v.get("area").asText() + " " + period;
          assertHiddenAsTheRuleSays(expected.cellCount() < 5, v, where);
          if (v.get("suppressed").asBoolean()) {
            assertTrue(v.get("value").isNull(), where);
          } else {
            assertEquals(expected.value(), v.get("value").asDouble(), 1e-9, where);
          }
          compared++;
        }
      }
    }
    assertTrue(compared > 500, "compared " + compared + " values");
  }

  @Test
  void breakdownsByServiceAndChannelEqualTheIndependentComputation() throws Exception {
    int compared = 0;
    for (var indicator : IndicatorCatalog.standard().ofDomain("PUBLIC_SERVICE")) {
      for (String by : indicator.breakdowns()) {
        for (String area : List.of("3510", "351001")) {
          for (JsonNode v : get("/api/v1/values?indicator=" + indicator.code() + "&area=" + area + "&period=2024&by=" + by)
              .get("values")) {
            String member = v.get("member").asText();
            KioskOracle.Cell expected = oracle.compute(indicator.code(), area, "2024",
                r -> member.equals(by.equals("service") ? r.service() : r.channel()));
            String where = indicator.code() + " " + area + " 2024 " + by + "=" + member;
            assertHiddenAsTheRuleSays(expected.cellCount() < 5, v, where);
            if (!v.get("suppressed").asBoolean()) {
              assertEquals(expected.value(), v.get("value").asDouble(), 1e-9, where);
            }
            compared++;
          }
        }
      }
    }
    assertTrue(compared > 100, "compared " + compared + " breakdown values");
  }

  @Test
  void theShippedNotebooksRunAgainstTheRealMarts() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + inspected)) {
      for (String name : Notebook.SHIPPED) {
        NotebookRunner.Result r = new NotebookRunner().run(Notebook.shipped(name), c);
        assertEquals(0, r.failedCells(), name + ":\n" + r.html());
        assertTrue(r.cells() >= 3 && r.html().contains("<td>"), name);
        assertNoNik(r.html(), name);
      }
    }
  }

  @Test
  void anUnknownAreaIsAClearBadRequest() throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/api/v1/values?indicator=SLA_COMPLIANCE&area=3599&period=2024")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(400, r.statusCode());
    assertTrue(r.body().contains("area"), r.body());
  }

  @Test
  void noNikReachesSilverTheWarehouseOrTheApi() throws Exception {
    assertFalse(oracle.niks.isEmpty());
    for (String table : List.of("silver/kiosk_events")) {
      Dataset<Row> t = spark.read().format("delta").load(dir.resolve("lake").resolve(table).toString());
      var text = t.select(functions.concat_ws("|", java.util.Arrays.stream(t.columns()).map(functions::col).toArray(org.apache.spark.sql.Column[]::new)))
          .as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
      text.forEach(row -> assertNoNik(row, table));
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + inspected);
        Statement s = c.createStatement()) {
      List<String[]> columns = new ArrayList<>();
      try (ResultSet rs = s.executeQuery("select table_name, column_name from information_schema.columns where data_type = 'VARCHAR'")) {
        while (rs.next()) {
          columns.add(new String[] {rs.getString(1), rs.getString(2)});
        }
      }
      java.util.Set<String> personIds = personIds();
      for (String[] col : columns) {
        try (ResultSet rs = s.executeQuery("select \"" + col[1] + "\" from \"" + col[0] + "\"")) {
          while (rs.next()) {
            assertNoNik(rs.getString(1), col[0] + "." + col[1]);
            assertFalse(personIds.contains(rs.getString(1)), "a raw person id in " + col[0] + "." + col[1]);
          }
        }
      }
    }
    for (String path : List.of("/api/v1/indicators", "/api/v1/values?indicator=SERVICE_REQUESTS&area=351001&children=true", "/health")) {
      assertNoNik(http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString()).body(), path);
    }
  }

  /** The source systems' raw person and household ids (pseudonymised at ingestion). */
  private static java.util.Set<String> personIds() throws Exception {
    CsvSourcesOracle csv = CsvSourcesOracle.of(sources);
    java.util.Set<String> ids = new java.util.HashSet<>();
    csv.kept("households", "household_id", "survey_year").forEach(r -> ids.add(r.get("household_id")));
    csv.kept("posyandu", "measurement_id").forEach(r -> ids.add(r.get("child_id")));
    csv.kept("schools", "student_id", "school_year").forEach(r -> ids.add(r.get("student_id")));
    assertTrue(ids.size() > 1000, "person ids: " + ids.size());
    return ids;
  }

  private static void assertNoNik(String text, String where) {
    if (text == null) {
      return;
    }
    Matcher m = SIXTEEN_DIGITS.matcher(text);
    while (m.find()) {
      assertFalse(oracle.niks.contains(m.group()), "a NIK in " + where);
    }
  }

  private static Map<String, Long> lakeRowCounts() {
    Map<String, Long> counts = new HashMap<>();
    List<String> tables = new ArrayList<>(List.of(LakeContract.BRONZE_KIOSK_LINES.path(), LakeContract.QUARANTINE_RECORDS.path()));
    LakeContract.silverTables().forEach(t -> tables.add(t.path()));
    for (String table : tables) {
      counts.put(table, spark.read().format("delta").load(dir.resolve("lake").resolve(table).toString()).count());
    }
    return counts;
  }

  private static URI uri(String path) {
    return URI.create("http://localhost:" + server.port() + path);
  }

  private static JsonNode get(String path) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), path + " -> " + r.body());
    return JSON.readTree(r.body());
  }

  @Test
  void theOtherSourcesIndicatorsEqualTheIndependentComputation() throws Exception {
    CsvSourcesOracle csv = CsvSourcesOracle.of(sources);
    long z = PovertyLines.shipped().forYear(2024).orElseThrow();
    int compared = 0;
    compared += compareRatios("POVERTY_P0", "2024", csv.povertyHeadcount(2024, z), 100);
    compared += compareRatios("POVERTY_P1", "2024", csv.povertyGap(2024, z), 100);
    compared += compareRatios("JKN_COVERAGE", "2024", csv.jknCoverage(2024), 100);
    compared += compareRatios("APM_SD", "2023/2024", csv.participation("2023/2024", "SD", 7, 12, true), 100);
    compared += compareRatios("APK_SMP", "2023/2024", csv.participation("2023/2024", "SMP", 13, 15, false), 100);
    compared += compareRatios("STUNTING_PREVALENCE", "2024", csv.stunting(2024, WhoGrowthStandards.load()), 100);
    compared += compareRatios("MSME_ACTIVE", "2024", csv.activeEnterprises(2024), 0);
    compared += compareRatios("BUMDES_REVENUE", "2024", csv.bumdesRevenue(2024), 0);
    assertTrue(compared > 8 * 20, "compared " + compared + " values");
  }

  @Test
  void breakdownsBySexEqualTheIndependentComputation() throws Exception {
    CsvSourcesOracle csv = CsvSourcesOracle.of(sources);
    WhoGrowthStandards who = WhoGrowthStandards.load();
    int compared = 0;
    for (String sex : List.of("L", "P")) {
      compared += compareCells("STUNTING_PREVALENCE", "2024", "&by=sex", sex, csv.stunting(2024, who, sex), 100);
      compared += compareCells("APM_SD", "2023/2024", "&by=sex", sex,
          csv.participation("2023/2024", "SD", 7, 12, true, sex), 100);
      compared += compareCells("APK_SMP", "2023/2024", "&by=sex", sex,
          csv.participation("2023/2024", "SMP", 13, 15, false, sex), 100);
    }
    assertTrue(compared > 6 * 20, "compared " + compared + " values");
  }

  @Test
  void everyBadRowOfTheOtherSourcesIsQuarantinedWithItsReason() throws Exception {
    CsvSourcesOracle csv = CsvSourcesOracle.of(sources);
    for (String source : List.of("population", "households", "posyandu", "schools", "msme", "bumdes", "idm", "indeks_desa")) {
      SourceCounts first = firstRun.source(source);
      assertTrue(first.reconciles(), source + ": " + first);
      assertTrue(first.accepted() > 0, source + ": " + first);
      assertEquals(csv.faultKinds(source), first.quarantinedByReason(), source);
      assertEquals(0, secondRun.source(source).accepted() + secondRun.source(source).quarantined(), source);
    }
  }

  /** Silver holds exactly the Indeks Desa rows the oracle keeps: the later file's row of a key, typed. */
  @Test
  void indeksDesaSilverHoldsThePublishedRowsWithTheirCorrections() throws Exception {
    List<String> columns = List.of("skor", "status", "layanan_dasar", "sosial", "ekonomi", "lingkungan", "aksesibilitas",
        "tata_kelola");
    Map<String, List<Object>> expected = new HashMap<>();
    for (CsvSourcesOracle.Row r : CsvSourcesOracle.of(sources).kept("indeks_desa", "village_code", "year")) {
      List<Object> values = new ArrayList<>();
      for (String c : columns) {
        values.add(c.equals("status") ? r.get(c) : (Object) r.number(c));
      }
      values.add(r.file());
      expected.put(r.village() + "|" + r.integer("year"), values);
    }
    Map<String, List<Object>> silver = new HashMap<>();
    for (Row r : spark.read().format("delta").load(dir.resolve("lake").resolve("silver/indeks_desa")
        .toString()).collectAsList()) {
      List<Object> values = new ArrayList<>();
      for (String c : columns) {
        values.add(r.getAs(c));
      }
      values.add(r.getAs("source_file"));
      silver.put(r.getAs("village_code") + "|" + r.getAs("year"), values);
    }
    assertEquals(189, expected.size());
    assertTrue(expected.values().stream().anyMatch(v -> v.get(v.size() - 1).toString().endsWith("_koreksi.csv")),
        "a republished row is among them");
    assertEquals(expected, silver);
  }

  @Test
  void villagesPerIdmBandEqualTheIndependentCount() throws Exception {
    Map<String, Map<String, Long>> expected = CsvSourcesOracle.of(sources).idmBands(2024);
    for (String area : List.of("3510", "351001", "351025")) {
      Map<String, Long> bands = new HashMap<>();
      get("/api/v1/values?indicator=IDM_STATUS&area=" + area + "&period=2024").get("values")
          .forEach(v -> bands.put(v.get("category").asText(), v.get("value").asLong()));
      bands.values().removeIf(n -> n == 0);
      assertEquals(expected.get(area), bands, area);
    }
  }

  /**
   * The regency, its kecamatan and the villages of Pesanggaran from the API against the oracle's
   * cells: a ratio (scale > 0) is scale * numerator / denominator, a count or sum (scale 0) the
   * numerator; an area the oracle has no records for has no value.
   */
  private static int compareRatios(String indicator, String period, Map<String, CsvSourcesOracle.Cell> expected,
      double scale) throws Exception {
    return compareCells(indicator, period, "", null, expected, scale);
  }

  /** As {@link #compareRatios}, for the API's values of one breakdown member ({@code member} null: the totals). */
  private static int compareCells(String indicator, String period, String by, String member,
      Map<String, CsvSourcesOracle.Cell> expected, double scale) throws Exception {
    String query = "/api/v1/values?indicator=" + indicator + "&period=" + period.replace("/", "%2F") + by;
    List<JsonNode> values = new ArrayList<>();
    get(query + "&area=3510").get("values").forEach(values::add);
    get(query + "&area=3510&children=true").get("values").forEach(values::add);
    get(query + "&area=351001&children=true").get("values").forEach(values::add);
    values.removeIf(v -> member != null && !v.get("member").asText().equals(member));
    for (JsonNode v : values) {
      String where = indicator + " " + v.get("area").asText() + " " + period + (member == null ? "" : " " + member);
      CsvSourcesOracle.Cell cell = expected.get(v.get("area").asText());
      if (cell == null || (scale > 0 && cell.denominator() == 0)) {
        assertTrue(v.get("value").isNull(), where + " has no records: " + v);
      } else if (v.get("suppressed").asBoolean()) {
        // a small cell is hidden as primary; a cell hidden to protect one (secondary) may be of any size
        assertTrue(!"primary".equals(v.get("suppression").asText()) || cell.denominator() < 5 || cell.records() < 5,
            where + " suppressed as primary: " + cell);
      } else {
        double want = scale > 0 ? cell.value(scale) : cell.numerator();
        assertEquals(want, v.get("value").asDouble(), Math.abs(want) * 1e-9 + 1e-9, where);
      }
    }
    assertTrue(values.size() > 20, indicator + ": " + values.size() + " values");
    return values.size();
  }

  @Test
  void unsuppressedValuesCarryTheirNumeratorAndDenominator() throws Exception {
    JsonNode v = get("/api/v1/values?indicator=SLA_COMPLIANCE&area=3510&period=2024").get("values").get(0);
    assertFalse(v.get("suppressed").asBoolean());
    assertEquals(100.0 * v.get("numerator").asDouble() / v.get("denominator").asDouble(), v.get("value").asDouble(), 1e-9);
  }

  /**
   * A cell under the threshold is hidden as primary, and only such a cell; any other may be hidden
   * as secondary (to protect a small one), never with a number.
   */
  private static void assertHiddenAsTheRuleSays(boolean small, JsonNode v, String where) {
    String suppression = v.path("suppression").asText("");
    assertEquals(small, suppression.equals("primary"), where + " " + v);
    assertEquals(small || suppression.equals("secondary"), v.get("suppressed").asBoolean(), where + " " + v);
  }

  @Test
  void noHiddenCellOfTheDemoCanBeRecomputedBySubtraction() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + inspected)) {
      SubtractionAttack.Findings f = SubtractionAttack.run(c, IndicatorCatalog.standard().minCell());
      assertTrue(f.relationsWithHiddenCells() > 100, "the demo has hidden cells in many relations: " + f.relationsWithHiddenCells());
      assertEquals(0, f.unknownsNotSolvedLinearly(), "every component of unknowns is eliminated whole");
      assertFalse(f.leaks(), () -> "recovered " + f.recovered().stream().limit(5).toList()
          + ", small sums " + f.smallSums().stream().limit(5).toList());
    }
  }
}
