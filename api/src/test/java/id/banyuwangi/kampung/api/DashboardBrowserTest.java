package id.banyuwangi.kampung.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.kampung.domain.region.Area;
import id.banyuwangi.kampung.reports.SampleValues;
import id.banyuwangi.kampung.reports.TestWarehouse;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real headless Chromium (Debian's chromium and chromium-driver, offline). Fails,
 * never skips, when the browser is missing: CI installs it.
 */
@Tag("browser")
class DashboardBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir static Path dir;
  static ApiServer server;
  static WebDriver browser;

  @BeforeAll
  static void start() throws Exception {
    assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "the browser test needs Debian's chromium: apt-get install -y --no-install-recommends chromium chromium-driver");
    System.setProperty("SE_OFFLINE", "true");
    Path file = dir.resolve("warehouse.duckdb");
    TestWarehouse.create(file, "build-browser", SampleValues.rows());
    server = ApiServer.start(file, 0);

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
    browser = new ChromeDriver(service, options);
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
  void showsTheRegencyAndEveryKecamatanWithTheirValues() throws Exception {
    browser.get("http://localhost:" + server.port() + "/");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    wait.until(d -> "2024".equals(d.findElement(By.tagName("body")).getDomAttribute("data-loaded")));

    assertEquals("Dasbor Kampung Analytics — Kabupaten Banyuwangi", browser.getTitle());
    assertEquals("id", browser.findElement(By.tagName("html")).getDomAttribute("lang"));
    assertEquals("2024", new Select(browser.findElement(By.id("period"))).getFirstSelectedOption().getDomProperty("value"));

    List<WebElement> rows = browser.findElements(By.cssSelector("#values-body tr"));
    assertEquals(26, rows.size(), "the regency and its 25 kecamatan");
    assertEquals("3510", rows.get(0).getDomAttribute("data-area"));
    assertEquals(6, browser.findElements(By.cssSelector("#values-head th")).size(), "Wilayah and 5 indicators");

    assertEquals("123.456", cell("3510", "SERVICE_REQUESTS").getText());
    assertEquals("41,3%", cell("3510", "SELF_SERVICE_SHARE").getText());
    assertEquals("87,0%", cell("3510", "SLA_COMPLIANCE").getText());
    assertEquals("36,5 jam", cell("3510", "MEDIAN_TURNAROUND_HOURS").getText());
    assertEquals("5,0%", cell("3510", "REJECTION_RATE").getText());

    for (int i = 0; i < SampleValues.DISTRICTS.size(); i++) {
      Area district = SampleValues.DISTRICTS.get(i);
      assertEquals(String.format("%,d", 1000 + 37 * i).replace(',', '.'),
          cell(district.code(), "SERVICE_REQUESTS").getText(), district.name());
      assertEquals(String.format("%.1f%%", SampleValues.selfService(i)).replace('.', ','),
          cell(district.code(), "SELF_SERVICE_SHARE").getText(), district.name());
    }
    WebElement hidden = cell(SampleValues.SUPPRESSED_DISTRICT.code(), "REJECTION_RATE");
    assertEquals("–", hidden.getText());
    assertEquals("disembunyikan: kurang dari 5", hidden.getDomAttribute("title"));

    WebElement chart = browser.findElement(By.cssSelector("#charts img[data-indicator='SERVICE_REQUESTS']"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", chart);
    wait.until(d -> ((Number) ((JavascriptExecutor) d)
        .executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0", chart)).intValue() > 0);
    assertEquals(900L, ((JavascriptExecutor) browser).executeScript("return arguments[0].naturalWidth", chart));

    ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), Path.of("target", "dashboard.png"), StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void choosingAnotherYearShowsItsValues() {
    browser.get("http://localhost:" + server.port() + "/");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    wait.until(d -> "2024".equals(d.findElement(By.tagName("body")).getDomAttribute("data-loaded")));
    new Select(browser.findElement(By.id("period"))).selectByValue("2023");
    wait.until(d -> "2023".equals(d.findElement(By.tagName("body")).getDomAttribute("data-loaded")));
    assertEquals("99.999", cell("3510", "SERVICE_REQUESTS").getText());
    assertEquals("·", cell(SampleValues.FIRST_DISTRICT.code(), "SERVICE_REQUESTS").getText());
  }

  private static WebElement cell(String area, String indicator) {
    return browser.findElement(By.cssSelector("tr[data-area='" + area + "'] td[data-indicator='" + indicator + "']"));
  }
}
