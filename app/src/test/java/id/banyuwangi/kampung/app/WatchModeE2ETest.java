package id.banyuwangi.kampung.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.banyuwangi.kampung.app.watch.CycleReport;
import id.banyuwangi.kampung.app.watch.WatchLoop;
import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.domain.person.Pseudonymizer;
import id.banyuwangi.kampung.domain.progress.Progress;
import id.banyuwangi.kampung.generator.GeneratorConfig;
import id.banyuwangi.kampung.generator.SourceGenerator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kampung watch} on real components: a month of sources without its last day is caught up
 * and served; the last day's kiosk files are then dropped as an uploader does (written under a
 * temporary name, renamed into place) next to a partial upload that must be ignored, and the API
 * must answer every public-service figure as an independent computation over all the files does.
 */
@Tag("e2e")
class WatchModeE2ETest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LAST_DAY = "20240328";
  private static final List<String> PERIODS = List.of("2024-03", "2024-Q1", "2024");

  @TempDir Path dir;
  private final HttpClient http = HttpClient.newHttpClient();
  private int port;

  @Test
  void aDroppedDayIsIngestedBuiltAndServedWithoutARestart() throws Exception {
    Path all = dir.resolve("all");
    SourceGenerator.generate(new GeneratorConfig(all, LocalDate.of(2024, 3, 18), LocalDate.of(2024, 3, 28), 0.02, 11), Progress.NONE);
    Path landing = dir.resolve("landing");
    List<Path> heldBack = copyAllButLastDay(all, landing, dir.resolve("held-back"));
    KioskOracle before = KioskOracle.of(landing);
    KioskOracle after = KioskOracle.of(all);

    List<CycleReport> cycles = new CopyOnWriteArrayList<>();
    WatchLoop.Settings settings = new WatchLoop.Settings(landing, dir.resolve("lake").toString(),
        dir.resolve("warehouse.duckdb"), "local[2]", Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(5));
    try (WatchLoop loop = new WatchLoop(settings, new Pseudonymizer("watch-test-key-not-a-secret"), cycles::add)) {
      loop.catchUp();
      port = loop.serve(0);
      assertEquals(before.compute("SERVICE_REQUESTS", "3510", "2024-03").value(), value("SERVICE_REQUESTS", "3510", "2024-03"));
      assertTrue(compareWith(before) > 100);

      Thread watching = new Thread(() -> {
        try {
          loop.run();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "watch-loop");
      watching.start();
      try {
        Path kiosk = landing.resolve("kiosk");
        Files.writeString(kiosk.resolve("KSK-partial_" + LAST_DAY + ".jsonl.gz.part"), "an upload still under way");
        Files.writeString(kiosk.resolve(".KSK-hidden_" + LAST_DAY + ".jsonl"), "{\"not\": \"complete\"}\n");
        for (Path f : heldBack) {
          Path tmp = kiosk.resolve(f.getFileName() + ".tmp");
          Files.copy(f, tmp);
          Files.move(tmp, kiosk.resolve(f.getFileName()), StandardCopyOption.ATOMIC_MOVE);
        }
        long landed = System.nanoTime();
        double expected = after.compute("SERVICE_REQUESTS", "3510", "2024-03").value();
        assertNotEquals(before.compute("SERVICE_REQUESTS", "3510", "2024-03").value(), expected);
        while (value("SERVICE_REQUESTS", "3510", "2024-03") != expected) {
          assertTrue(System.nanoTime() - landed < Duration.ofMinutes(8).toNanos(),
              "the dropped day is not served after 8 minutes (on a loaded machine); cycles: " + cycles);
          Thread.sleep(100);
        }
        System.out.printf("landed -> visible: %.1f s (from the last rename); %s%n", (System.nanoTime() - landed) / 1e9,
            cycles.get(cycles.size() - 1));
      } finally {
        watching.interrupt();
        watching.join(Duration.ofMinutes(2).toMillis());
      }
      assertTrue(compareWith(after) > 100);
      CycleReport dropped = cycles.get(cycles.size() - 1);
      assertEquals(heldBack.size(), dropped.files(), "the day's files, not the partial or hidden ones: " + dropped);
      assertEquals(linesOf(heldBack, all), dropped.linesRead(), dropped.toString());
      // the served cycle is in /metrics too (the catch-up ran before the server)
      String metrics = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      List<CycleReport> served = cycles.subList(1, cycles.size());
      assertTrue(metrics.contains("kampung_watch_cycle_seconds_count{phase=\"ingest\"} " + served.size()), metrics);
      assertTrue(metrics.contains("kampung_watch_files_total " + served.stream().mapToInt(CycleReport::files).sum() + ".0"),
          metrics);
    }
  }

  /** Every source but the last day's kiosk files into {@code landing}; those into {@code aside}. */
  private static List<Path> copyAllButLastDay(Path all, Path landing, Path aside) throws IOException {
    List<Path> held = new ArrayList<>();
    Files.createDirectories(aside);
    try (Stream<Path> files = Files.walk(all)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Path rel = all.relativize(f);
        boolean lastDay = rel.startsWith("kiosk") && f.getFileName().toString().contains("_" + LAST_DAY + ".");
        Path target = lastDay ? aside.resolve(f.getFileName()) : landing.resolve(rel);
        Files.createDirectories(target.getParent());
        Files.copy(f, target);
        if (lastDay) {
          held.add(target);
        }
      }
    }
    assertTrue(held.size() > 10, "held back " + held.size() + " files");
    return held;
  }

  /** The records ingestion reads from {@code files}: their complete lines, and one break record per truncated gzip. */
  private static long linesOf(List<Path> files, Path all) throws IOException {
    long lines = 0;
    List<String> names = files.stream().map(f -> f.getFileName().toString()).toList();
    for (Path f : files) {
      lines += KioskOracle.readLines(f).size();
    }
    for (String fault : Files.readAllLines(all.resolve("_generator/kiosk_faults.csv"))) {
      String[] f = fault.split(",", -1);
      if (names.contains(f[0]) && f[1].isEmpty()) {
        lines++;
      }
    }
    return lines;
  }

  /** Every public-service value of the regency and its kecamatan, and of one kecamatan's villages, against the oracle. */
  private int compareWith(KioskOracle oracle) throws Exception {
    int compared = 0;
    for (var indicator : IndicatorCatalog.standard().ofDomain("PUBLIC_SERVICE")) {
      for (String period : PERIODS) {
        List<JsonNode> values = new ArrayList<>();
        for (String q : List.of("&area=3510", "&area=3510&children=true", "&area=351001&children=true")) {
          get("/api/v1/values?indicator=" + indicator.code() + q + "&period=" + period).get("values").forEach(values::add);
        }
        for (JsonNode v : values) {
          KioskOracle.Cell expected = oracle.compute(indicator.code(), v.get("area").asText(), period);
          String where = indicator.code() + " " + v.get("area").asText() + " " + period;
          if (expected.cellCount() < 5) { // a small cell; others may be hidden too, so that no subtraction reveals it
            assertTrue(v.get("suppressed").asBoolean(), where);
          }
          if (!v.get("suppressed").asBoolean()) {
            assertEquals(expected.value(), v.get("value").asDouble(), 1e-9, where);
          }
          compared++;
        }
      }
    }
    return compared;
  }

  private double value(String indicator, String area, String period) throws Exception {
    return get("/api/v1/values?indicator=" + indicator + "&area=" + area + "&period=" + period)
        .get("values").get(0).get("value").asDouble();
  }

  private JsonNode get(String path) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), path + " -> " + r.body());
    return JSON.readTree(r.body());
  }
}
