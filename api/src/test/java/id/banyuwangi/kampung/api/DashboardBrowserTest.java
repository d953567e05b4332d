package id.banyuwangi.kampung.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.warehouse.LakeRecords;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import id.banyuwangi.kampung.domain.region.Area;
import id.banyuwangi.kampung.domain.region.RegionHierarchy;
import id.banyuwangi.kampung.warehouse.AllSourcesLake;
import id.banyuwangi.kampung.warehouse.TestCatalogs;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.util.TreeSet;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard over a real warehouse of all sources (the warehouse module's test lakes) in a real
 * headless Chromium (Debian's chromium and chromium-driver, offline). Fails,
 * never skips, when the browser is missing: CI installs it.
 */
@Tag("browser")
class DashboardBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private static final String SARONGAN = "3510012001";

  @TempDir static Path dir;
  static ApiServer server;
  static WebDriver browser;
  static WebDriverWait wait;

  @BeforeAll
  static void start() throws Exception {
    assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "the browser test needs Debian's chromium: apt-get install -y --no-install-recommends chromium chromium-driver");
    System.setProperty("SE_OFFLINE", "true");
    // the shipped catalog plus one new ratio indicator over existing measures, and no code for it
    server = ApiServer.start(AllSourcesLake.buildWarehouse(dir,
        TestCatalogs.with(dir.resolve("catalog"), TestCatalogs.POOR_HOUSEHOLD_SHARE)), 0);

    Path home = Files.createDirectories(dir.resolve("home"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .withEnvironment(Map.of("HOME", home.toString(), "XDG_CACHE_HOME", home.resolve(".cache").toString(),
            "XDG_CONFIG_HOME", home.resolve(".config").toString(), "SE_OFFLINE", "true"))
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1400,1800", "--lang=id-ID",
        "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")));
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL")); // console errors are read back
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void anIndicatorAddedToTheCatalogIsServedAndShownWithoutCode() throws Exception {
    Http http = new Http(server.port());
    JsonNode added = null;
    for (JsonNode i : http.json("/api/v1/indicators", 200).get("indicators")) {
      if (i.get("code").asText().equals("POOR_HOUSEHOLD_SHARE")) {
        added = i;
      }
    }
    assertNotNull(added, "the build's catalog is served");
    assertEquals("POVERTY", added.get("domain").asText());
    // AllSourcesLake 2024: 8 welfare households (4 below the line) and Sukorejo's 4 assisted poor ones
    JsonNode value = http.json("/api/v1/values?indicator=POOR_HOUSEHOLD_SHARE&area=3510&period=2024", 200)
        .get("values").get(0);
    assertEquals(100.0 * value.get("numerator").asDouble() / value.get("denominator").asDouble(),
        value.get("value").asDouble(), 1e-9);
    open();
    showDomain("POVERTY");
    assertTrue(tile("POOR_HOUSEHOLD_SHARE").getText().matches(".*\\d.*"), tile("POOR_HOUSEHOLD_SHARE").getText());
    assertEquals(tile("POOR_HOUSEHOLD_SHARE").getText(), cell("3510", "POOR_HOUSEHOLD_SHARE").getText());
  }

  @Test
  void everyDomainTabShowsItsIndicatorsWithNumbersForTheRegency() throws Exception {
    open();
    List<WebElement> tabs = browser.findElements(By.cssSelector("#tabs [role=tab]"));
    List<String> domains = IndicatorCatalog.standard().all().stream().map(Indicator::domain).distinct().toList();
    List<String> withQuality = new java.util.ArrayList<>(domains);
    withQuality.add("QUALITY"); // the data-quality tab comes last
    assertEquals(withQuality, tabs.stream().map(t -> t.getDomAttribute("data-domain")).toList());
    assertEquals("Layanan Publik", tabs.get(0).getText());
    assertTrue(tabs.stream().anyMatch(t -> t.getText().equals("Pembangunan Desa")));
    for (String domain : domains) {
      String loaded = showDomain(domain);
      int year = Integer.parseInt(loaded.substring(loaded.lastIndexOf(' ') + 1, loaded.lastIndexOf(' ') + 5));
      for (Indicator indicator : IndicatorCatalog.standard().ofDomain(domain)) {
        if (!indicator.reportedIn(year)) {
          // an index framework only in its own years: the IDM up to 2023, the Indeks Desa from 2024
          assertTrue(browser.findElements(By.cssSelector(".kpi[data-indicator='" + indicator.code() + "']")).isEmpty(),
              indicator.code() + " is not shown for " + year);
          continue;
        }
        String kpi = tile(indicator).getText();
        assertTrue(kpi.matches(".*\\d.*"), domain + " " + indicator.code() + " shows a number: " + kpi + " (" + loaded + ")");
        assertEquals(kpi, cell("3510", indicator.code()).getText(), "the table repeats the tile");
      }
      assertEquals(26, browser.findElements(By.cssSelector("#values-body tr")).size(), "the regency and 25 kecamatan");
      screenshot("dashboard-" + domain + ".png");
    }
    showDomain("PUBLIC_SERVICE");
    assertEquals("14", tile("SERVICE_REQUESTS").getText(), "14 requests with a known SUBMITTED in 2024");
    assertEquals("2024", new Select(browser.findElement(By.id("period"))).getFirstSelectedOption().getDomProperty("value"));
    WebElement chart = browser.findElement(By.cssSelector("#charts img[data-indicator='SERVICE_REQUESTS']"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", chart);
    wait.until(d -> ((Number) ((JavascriptExecutor) d)
        .executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0", chart)).intValue() > 0);
    assertEquals(900L, ((JavascriptExecutor) browser).executeScript("return arguments[0].naturalWidth", chart));
  }

  @Test
  void theVillageStatusIsVillagesPerBandUnderItsFrameworkAndDrillingIntoAKecamatanShowsItsVillages() throws Exception {
    open();
    showDomain("DEVELOPMENT");
    // 2024: the Indeks Desa, labelled with its framework; the IDM it replaces is not shown
    assertEquals("Mandiri 2, Maju 1, Berkembang 1, Tertinggal 1, Sangat Tertinggal 0", tile("INDEKS_DESA_STATUS").getText());
    assertEquals("Mandiri 1, Maju 1, Berkembang 1, Tertinggal 1, Sangat Tertinggal 0",
        cell("351001", "INDEKS_DESA_STATUS").getText());
    assertEquals("Indeks Desa (Permendesa PDTT 9/2024)", framework("INDEKS_DESA_SCORE"));
    assertTrue(browser.findElements(By.cssSelector(".kpi[data-indicator='IDM_STATUS']")).isEmpty());

    unload();
    browser.findElement(By.cssSelector("tr[data-area='351001'] th button")).click();
    waitLoaded("DEVELOPMENT 351001 2024");
    List<Area> villages = RegionHierarchy.banyuwangi().children("351001");
    assertEquals(1 + villages.size(), browser.findElements(By.cssSelector("#values-body tr")).size());
    assertEquals("Maju", cell(SARONGAN, "INDEKS_DESA_STATUS").getText());
    assertEquals("72,50", cell(SARONGAN, "INDEKS_DESA_SCORE").getText());
    assertEquals("Mandiri 1, Maju 1, Berkembang 1, Tertinggal 1, Sangat Tertinggal 0", tile("INDEKS_DESA_STATUS").getText());
    assertEquals("Kec. Pesanggaran", browser.findElement(By.cssSelector("#breadcrumb [aria-current=page]")).getText());
    ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
    screenshot("dashboard-drilldown.png");

    unload();
    browser.findElement(By.cssSelector("#breadcrumb button[data-area='3510']")).click();
    waitLoaded("DEVELOPMENT 3510 2024");
    assertEquals(26, browser.findElements(By.cssSelector("#values-body tr")).size());

    // 2023: the IDM, under its own framework (Sarongan's 0.5 is TERTINGGAL), and no Indeks Desa
    unload();
    new Select(browser.findElement(By.id("period"))).selectByValue("2023");
    waitLoaded("DEVELOPMENT 3510 2023");
    assertEquals("Mandiri 0, Maju 0, Berkembang 0, Tertinggal 1, Sangat Tertinggal 0", tile("IDM_STATUS").getText());
    assertEquals("IDM (Permendesa PDTT 2/2016)", framework("IDM_SCORE"));
    assertTrue(browser.findElements(By.cssSelector(".kpi[data-indicator='INDEKS_DESA_STATUS']")).isEmpty());
  }

  @Test
  void suppressedValuesReadDisamarkanAndEachDomainKeepsItsPeriod() {
    open();
    showDomain("INFRASTRUCTURE");
    unload();
    new Select(browser.findElement(By.id("period"))).selectByValue("2025");
    waitLoaded("INFRASTRUCTURE 3510 2025");
    WebElement hidden = tile("SAFE_WATER_ACCESS");
    assertEquals("disamarkan", hidden.getText(), "one household of 3 persons in 2025");
    assertTrue(hidden.getDomAttribute("title").startsWith("disamarkan"));
    assertEquals("disamarkan", cell("3510", "SAFE_WATER_ACCESS").getText());

    showDomain("EDUCATION");
    assertEquals("2024/2025", new Select(browser.findElement(By.id("period"))).getFirstSelectedOption().getDomProperty("value"));
    assertEquals("INFRASTRUCTURE 3510 2025", showDomain("INFRASTRUCTURE"), "the domain's period is kept");
  }

  @Test
  void tilesBreakTheirValueDownBySexOrChannelEachMemberSuppressedOnItsOwn() {
    open();
    // 2024: KIOSK A1, A2, A6, A8, B4; COUNTER A3, A4, B1..B3, B5..B7; ONLINE A5 alone (a small cell),
    // so the smallest other channel, KIOSK (5), is hidden too: the total minus COUNTER would give ONLINE
    assertEquals("Loket 8 · Kios disamarkan · Daring disamarkan", split("SERVICE_REQUESTS").getText());
    assertEquals("channel", split("SERVICE_REQUESTS").getDomAttribute("data-breakdown"));
    assertTrue(browser.findElements(By.cssSelector("#kpis [data-indicator='SELF_SERVICE_SHARE'] .kpi-breakdown")).isEmpty(),
        "the self-service share is broken down by service only, too many for a tile");

    assertEquals("HEALTH 3510 2024", showDomain("HEALTH"));
    // boys C1, C3, C4, C5, C6 with 3 stunted -> 60 %; girls C2, C7, C8: 3 children, a small cell, and
    // the boys would be the total minus the girls, so they are hidden too (secondary suppression)
    assertEquals("Laki-laki disamarkan · Perempuan disamarkan", split("STUNTING_PREVALENCE").getText());
    assertTrue(browser.findElements(By.cssSelector("#kpis [data-indicator='POSYANDU_COVERAGE'] .kpi-breakdown")).isEmpty());
  }

  @Test
  void everyTabsFirstViewAndAKecamatanAreAnsweredFromTheWarmedCache() throws Exception {
    server.warming().get(5, TimeUnit.MINUTES); // a bound, not a speed check: warming takes ~1 min on 2 busy cores
    Map<String, Long> before = computed();
    open();
    for (String domain : IndicatorCatalog.standard().all().stream().map(Indicator::domain).distinct().toList()) {
      showDomain(domain);
      loadCharts();
    }
    showDomain("PUBLIC_SERVICE");
    unload();
    browser.findElement(By.cssSelector("tr[data-area='351001'] th button")).click();
    waitLoaded("PUBLIC_SERVICE 351001 2024");
    loadCharts();
    assertEquals(before, computed(), "nothing computed: the warmer asked what the dashboard asks");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theFirstViewTheBenchReplaysIsWhatTheDashboardAsks() throws Exception {
    List<String> expected = server.firstView().requests().stream()
        .filter(path -> FirstView.PAGE.stream().noneMatch(stage -> stage.contains(path))).toList();
    open();
    loadCharts();
    List<String> asked = ((List<String>) ((JavascriptExecutor) browser).executeScript(
        "return performance.getEntriesByType('resource').map((e) => e.name)")).stream()
        .map(URI::create).map(u -> u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery()))
        .filter(path -> FirstView.PAGE.stream().noneMatch(stage -> stage.contains(path))).toList();
    assertEquals(new TreeSet<>(expected), new TreeSet<>(asked), "the bench's first view is the dashboard's");
    assertTrue(expected.stream().anyMatch(path -> path.startsWith("/api/v1/maps/")), "the map is part of it");
  }

  @Test
  void theMapDrawsThe25KecamatanAndAClickOnOneShowsItsVillages() {
    open();
    assertEquals(25, mapAreas().size());
    unload();
    browser.findElement(By.cssSelector("#map g.area[data-area='351001']")).click();
    waitLoaded("PUBLIC_SERVICE 351001 2024");
    assertEquals(RegionHierarchy.banyuwangi().children("351001").size(), mapAreas().size());
    assertTrue(browser.getCurrentUrl().contains("area=351001"), browser.getCurrentUrl());
    assertEquals("img", browser.findElement(By.cssSelector("#map svg")).getDomAttribute("role"));
    assertFalse(browser.findElement(By.cssSelector("#map svg title")).getDomProperty("textContent").isBlank(), "alt text");
  }

  @Test
  void aTileShowsItsChangeAgainstTheSamePeriodAYearEarlierColouredByDirection() throws Exception {
    Http http = new Http(server.port());
    open();
    int compared = 0;
    for (String domain : IndicatorCatalog.standard().all().stream().map(Indicator::domain).distinct().toList()) {
      String loaded = showDomain(domain);
      String period = loaded.substring(loaded.lastIndexOf(' ') + 1);
      for (WebElement change : browser.findElements(By.cssSelector("#kpis .kpi-change[data-compare='year']"))) {
        WebElement tile = change.findElement(By.xpath(".."));
        Indicator ind = IndicatorCatalog.standard().find(tile.getDomAttribute("data-indicator")).orElseThrow();
        String before = DashboardViews.yearBefore(period);
        double now = regencyValue(http, ind, period);
        double then = regencyValue(http, ind, before);
        assertEquals(now - then, Double.parseDouble(change.getDomAttribute("data-delta")), 1e-9, ind.code());
        assertTrue(change.getText().endsWith("vs Tahun " + before) || change.getText().contains(before), change.getText());
        String expected = now == then ? "neutral" : ((now > then) == (ind.direction().name().equals("HIGHER_IS_BETTER")))
            ? "good" : "bad";
        if (ind.direction().name().equals("NEUTRAL")) {
          expected = "neutral";
        }
        assertTrue(change.getDomAttribute("class").contains(expected), ind.code() + ": " + change.getDomAttribute("class"));
        compared++;
      }
    }
    assertTrue(compared > 0, "some tile has a number a year earlier");
  }

  @Test
  void aUrlOpensTheSameViewInEnglishAndTheBackButtonReturns() {
    browser.get("http://localhost:" + server.port()
        + "/?tab=HEALTH&area=351001&period=2024&indicator=STUNTING_PREVALENCE&lang=en");
    waitLoaded("HEALTH 351001 2024");
    assertEquals("en", browser.findElement(By.tagName("html")).getDomAttribute("lang"));
    assertEquals("true", browser.findElement(By.id("tab-HEALTH")).getDomAttribute("aria-selected"));
    assertEquals("Health", browser.findElement(By.id("tab-HEALTH")).getText());
    assertEquals("STUNTING_PREVALENCE", new Select(browser.findElement(By.id("indicator"))).getFirstSelectedOption()
        .getDomProperty("value"));
    Indicator stunting = IndicatorCatalog.standard().find("STUNTING_PREVALENCE").orElseThrow();
    assertEquals(stunting.nameEn(), browser.findElement(By.cssSelector("#kpis [data-indicator='STUNTING_PREVALENCE'] h3"))
        .getText());
    assertTrue(browser.findElement(By.id("freshness")).getText().startsWith("Data up to "),
        browser.findElement(By.id("freshness")).getText());

    unload();
    browser.findElement(By.cssSelector("tr[data-area='" + SARONGAN + "'] th button")).click();
    waitLoaded("HEALTH " + SARONGAN + " 2024");
    browser.navigate().back();
    waitLoaded("HEALTH 351001 2024");
    assertTrue(browser.getCurrentUrl().contains("area=351001"), browser.getCurrentUrl());
    unload();
    browser.navigate().back();
    wait.until(d -> !String.valueOf(d.findElement(By.tagName("body")).getDomAttribute("data-loaded")).isEmpty()
        && d.findElement(By.tagName("body")).getDomAttribute("data-loaded") != null);
  }

  @Test
  void englishNamesAndNumberFormatsWithLangEn() {
    browser.get("http://localhost:" + server.port() + "/?tab=DEVELOPMENT&area=351001&period=2024&lang=en");
    waitLoaded("DEVELOPMENT 351001 2024");
    assertEquals("72.50", cell(SARONGAN, "INDEKS_DESA_SCORE").getText(), "a point, not a comma");
    assertEquals("Kampung Analytics Dashboard — Banyuwangi Regency", browser.getTitle());
    assertEquals("Village Development", browser.findElement(By.id("tab-DEVELOPMENT")).getText());
    unload();
    browser.findElement(By.id("lang")).click(); // the toggle back to Indonesian
    waitLoaded("DEVELOPMENT 351001 2024");
    assertEquals("72,50", cell(SARONGAN, "INDEKS_DESA_SCORE").getText());
    assertFalse(browser.getCurrentUrl().contains("lang=en"));
  }

  @Test
  void theExportsOfTheViewAreFilesOfTheirType() throws Exception {
    open();
    Http http = new Http(server.port());
    Map<String, String> types = Map.of("csv", "text/csv", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "png", "image/png", "svg", "image/svg+xml", "map", "image/svg+xml", "pdf", "application/pdf");
    List<WebElement> links = browser.findElements(By.cssSelector("#exports a[data-export]"));
    assertEquals(types.keySet(), new java.util.TreeSet<>(links.stream().map(a -> a.getDomAttribute("data-export")).toList()));
    for (WebElement a : links) {
      assertNotNull(a.getDomAttribute("download"), "a download link");
      String href = a.getDomAttribute("href");
      HttpResponse<byte[]> file = http.bytes(href);
      assertEquals(200, file.statusCode(), href);
      String kind = a.getDomAttribute("data-export");
      assertTrue(file.headers().firstValue("Content-Type").orElse("").startsWith(types.get(kind)), href);
      byte[] b = file.body();
      switch (kind) {
        case "png" -> assertTrue(b[1] == 'P' && b[2] == 'N' && b[3] == 'G', href);
        case "xlsx" -> {
          try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(b))) {
            assertTrue(book.getSheetAt(0).getPhysicalNumberOfRows() >= 26, "the regency and 25 kecamatan");
          }
        }
        case "csv" -> assertTrue(new String(b, java.nio.charset.StandardCharsets.UTF_8).startsWith("area_code,"), href);
        case "pdf" -> {
          assertTrue(href.contains("area=3510&year=2024"), "the brief of the view's area and year: " + href);
          try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(b)) {
            assertTrue(new org.apache.pdfbox.text.PDFTextStripper().getText(doc).contains("Kabupaten Banyuwangi (3510)"), href);
          }
        }
        default -> assertTrue(new String(b, java.nio.charset.StandardCharsets.UTF_8).contains("<svg"), href);
      }
    }
  }

  @Test
  void valuesShowTheCatalogsDecimals() throws Exception {
    Http http = new Http(server.port());
    open();
    String loaded = showDomain("PUBLIC_SERVICE");
    String period = loaded.substring(loaded.lastIndexOf(' ') + 1);
    // a percentage with 2 decimals in the catalog (the dashboard used to print one for every percentage)
    Indicator share = IndicatorCatalog.standard().find("SELF_SERVICE_SHARE").orElseThrow();
    assertEquals(2, share.decimals());
    java.text.NumberFormat id = java.text.NumberFormat.getNumberInstance(java.util.Locale.forLanguageTag("id-ID"));
    id.setMinimumFractionDigits(share.decimals());
    id.setMaximumFractionDigits(share.decimals());
    String expected = id.format(regencyValue(http, share, period)) + "%";
    assertEquals(expected, tile(share).getText());
    assertEquals(expected, cell("3510", share.code()).getText());
  }

  @Test
  void theDataQualityTabShowsDeliveryIngestionAndQuarantineOfTheMonth() throws Exception {
    open();
    assertTrue(browser.findElement(By.id("freshness")).getText().startsWith("Data sampai "));
    unload();
    browser.findElement(By.id("tab-QUALITY")).click();
    wait.until(d -> String.valueOf(d.findElement(By.tagName("body")).getDomAttribute("data-loaded")).startsWith("QUALITY 3510 "));
    unload();
    new Select(browser.findElement(By.id("period"))).selectByValue("2024-04");
    waitLoaded("QUALITY 3510 2024-04");
    assertEquals(217, browser.findElements(By.cssSelector(".quality-delivery tbody tr")).size());
    WebElement kiosk = browser.findElement(By.xpath("//table[contains(@class,'quality-ingest')]//tr[th='kiosk']"));
    String rate = String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * LakeRecords.KIOSK_QUARANTINED / LakeRecords.KIOSK_LINES)
        .replace('.', ',');
    assertTrue(kiosk.getText().contains(rate), kiosk.getText() + " has " + rate);
    assertTrue(browser.findElement(By.cssSelector(".quality-quarantine")).getText().contains("INVALID_NIK"));
    assertTrue(browser.getCurrentUrl().contains("tab=QUALITY") && browser.getCurrentUrl().contains("period=2024-04"));
    screenshot("dashboard-quality.png");
  }

  @Test
  void theRegencyViewAtDesktopAndPhoneWidthWithoutConsoleErrors() throws Exception {
    browser.manage().logs().get(LogType.BROWSER); // forget what earlier tests logged
    try {
      open();
      ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
      screenshot("dashboard-regency-1400.png");
      // keyboard: arrow keys move between tabs
      browser.findElement(By.id("tab-PUBLIC_SERVICE")).sendKeys(org.openqa.selenium.Keys.ARROW_RIGHT);
      wait.until(d -> String.valueOf(d.findElement(By.tagName("body")).getDomAttribute("data-loaded")).startsWith("POVERTY "));
      browser.manage().window().setSize(new Dimension(375, 900));
      open();
      long width = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
      assertTrue(width <= 375, "no sideways scrolling at 375 px: " + width);
      ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
      screenshot("dashboard-regency-375.png");
      for (WebElement img : browser.findElements(By.cssSelector("img"))) {
        assertFalse(img.getDomAttribute("alt").isBlank(), "every chart has alt text");
      }
    } finally {
      browser.manage().window().setSize(new Dimension(1400, 1800));
    }
    List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()).toList();
    assertEquals(List.of(), errors.stream().map(LogEntry::getMessage).toList(), "no console errors");
  }

  private static List<WebElement> mapAreas() {
    return browser.findElements(By.cssSelector("#map svg g.area"));
  }

  private static double regencyValue(Http http, Indicator ind, String period) throws Exception {
    return http.json("/api/v1/values?indicator=" + ind.code() + "&area=3510&period=" + period, 200)
        .get("values").get(0).get("value").asDouble();
  }

  private static Map<String, Long> computed() {
    Map<String, Long> computed = new TreeMap<>();
    for (String route : List.of("values", "charts", "periods", "areas", "indicators")) {
      computed.put(route, server.cache().computed(route));
    }
    return computed;
  }

  /** Loads every chart shown (they load lazily, when scrolled to) and waits until each is drawn. */
  private static void loadCharts() {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    js.executeScript("document.querySelectorAll('#charts img').forEach((i) => { i.loading = 'eager'; })");
    wait.until(d -> (Boolean) js.executeScript(
        "return [...document.querySelectorAll('#charts img')].every((i) => i.complete && i.naturalWidth > 0)"));
  }

  private static WebElement split(String indicator) {
    return browser.findElement(By.cssSelector("#kpis [data-indicator='" + indicator + "'] .kpi-breakdown"));
  }

  private static void open() {
    browser.get("http://localhost:" + server.port() + "/");
    waitLoaded("PUBLIC_SERVICE 3510 2024");
    assertEquals("Dasbor Kampung Analytics — Kabupaten Banyuwangi", browser.getTitle());
    assertEquals("id", browser.findElement(By.tagName("html")).getDomAttribute("lang"));
  }

  /** Clicks the domain's tab and waits for the regency at the domain's chosen period. */
  private static String showDomain(String domain) {
    WebElement tab = browser.findElement(By.id("tab-" + domain));
    if (!"true".equals(tab.getDomAttribute("aria-selected"))) {
      unload();
      tab.click();
    }
    wait.until(d -> String.valueOf(d.findElement(By.tagName("body")).getDomAttribute("data-loaded"))
        .startsWith(domain + " 3510 "));
    assertEquals("true", tab.getDomAttribute("aria-selected"));
    return browser.findElement(By.tagName("body")).getDomAttribute("data-loaded");
  }

  /** Forgets what was loaded, so that a wait sees the next render (the tab shown already re-renders nothing). */
  private static void unload() {
    ((JavascriptExecutor) browser).executeScript("document.body.removeAttribute('data-loaded')");
  }

  private static void waitLoaded(String what) {
    wait.until(d -> what.equals(d.findElement(By.tagName("body")).getDomAttribute("data-loaded")));
  }

  private static WebElement tile(Indicator indicator) {
    return tile(indicator.code());
  }

  private static WebElement tile(String indicator) {
    return browser.findElement(By.cssSelector("#kpis [data-indicator='" + indicator + "'] .kpi-value"));
  }

  /** The framework label under an index tile. */
  private static String framework(String indicator) {
    return browser.findElement(By.cssSelector("#kpis [data-indicator='" + indicator + "'] .kpi-framework")).getText();
  }

  private static WebElement cell(String area, String indicator) {
    return browser.findElement(By.cssSelector("tr[data-area='" + area + "'] td[data-indicator='" + indicator + "']"));
  }

  /** Saves what the browser shows to target/{@code name}. */
  private static void screenshot(String name) throws Exception {
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), Path.of("target", name), StandardCopyOption.REPLACE_EXISTING);
  }
}
