package id.banyuwangi.kampung.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import id.banyuwangi.kampung.api.access.AccessOptions;
import id.banyuwangi.kampung.api.access.AuditLog;
import id.banyuwangi.kampung.api.access.KeyStore;
import id.banyuwangi.kampung.api.access.RateLimits;
import id.banyuwangi.kampung.api.access.Scope;
import id.banyuwangi.kampung.domain.region.Area;
import id.banyuwangi.kampung.warehouse.SampleServiceLake;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Access control on a real server over a copy of the sample warehouse: keys from the real key store
 * (created while the server runs), scopes, revoked and expired keys, the audit table, the rate
 * limit, CORS. Everything the JVM logs meanwhile is captured, to show that no key reaches a log.
 */
class AccessTest {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final String ORIGIN = "https://data.kemendesa.example";
  private static final Area FIRST_VILLAGE = SampleServiceLake.FIRST_DISTRICT_VILLAGES.get(0);
  private static final String VILLAGES = "/api/v1/values?indicator=SERVICE_REQUESTS&area="
      + SampleServiceLake.FIRST_DISTRICT.code() + "&period=2024&children=true";
  private static final ByteArrayOutputStream LOGS = new ByteArrayOutputStream();
  private static PrintStream stderr;
  private static Path dir;
  private static ApiServer server;
  private static ApiServer limited;
  private static String ministry; // restricted:read and aggregates:read
  private static String villages; // aggregates:read only
  private static String revoked;
  private static String expired;

  @BeforeAll
  static void start() throws IOException {
    stderr = System.err;
    System.setErr(new PrintStream(new Tee(stderr, LOGS), true, StandardCharsets.UTF_8)); // slf4j-simple writes here
    dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "access-");
    Path warehouse = Files.copy(SampleServer.WAREHOUSE, dir.resolve("warehouse.duckdb"));
    server = ApiServer.start(warehouse, 0, new ApiServer.Options(0, false,
        new AccessOptions(null, List.of(ORIGIN), RateLimits.Config.NONE)));
    KeyStore keys = new KeyStore(KeyStore.besideWarehouse(warehouse)); // the server's store, written beside it
    Instant now = Instant.now();
    ministry = keys.create("kemenkes", Set.of(Scope.RESTRICTED_READ, Scope.AGGREGATES_READ), null, now).secret();
    villages = keys.create("kemendesa", Set.of(Scope.AGGREGATES_READ), null, now).secret();
    revoked = keys.create("old-bps", Set.of(Scope.AGGREGATES_READ), null, now).secret();
    keys.revoke("old-bps", now);
    Instant lastWeek = now.minus(Duration.ofDays(7));
    expired = keys.create("bappenas-2025", Set.of(Scope.AGGREGATES_READ), lastWeek.plus(Duration.ofDays(1)), lastWeek)
        .secret();

    Path second = Files.copy(SampleServer.WAREHOUSE, Files.createDirectories(dir.resolve("limited")).resolve("w.duckdb"));
    limited = ApiServer.start(second, 0, new ApiServer.Options(0, false,
        new AccessOptions(dir.resolve("limited/other.keys"), List.of(), new RateLimits.Config(3, 0))));
  }

  @AfterAll
  static void stop() {
    server.stop();
    limited.stop();
    System.setErr(stderr);
  }

  @Test
  void unsuppressedCellsNeedTheRestrictedScopeAndShowTheSmallCell() throws Exception {
    HttpResponse<String> anonymous = get(server, VILLAGES + "&suppression=none");
    assertEquals(401, anonymous.statusCode());
    assertEquals("application/problem+json", anonymous.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElseThrow().contains("restricted:read"));
    HttpResponse<String> noScope = get(server, VILLAGES + "&suppression=none", "Authorization", "Bearer " + villages);
    assertEquals(403, noScope.statusCode(), noScope.body());
    assertFalse(noScope.body().contains("\"value\""));

    JsonNode open = firstVillage(Http.JSON.readTree(get(server, VILLAGES).body()));
    assertTrue(open.get("suppressed").asBoolean(), "the public answer hides the small cell");
    assertTrue(open.get("value").isNull());
    HttpResponse<String> restricted = get(server, VILLAGES + "&suppression=none", "Authorization", "Bearer " + ministry);
    assertEquals(200, restricted.statusCode(), restricted.body());
    assertEquals("private, no-cache", restricted.headers().firstValue("Cache-Control").orElseThrow());
    JsonNode cell = firstVillage(Http.JSON.readTree(restricted.body()));
    long expected = SampleServiceLake.count(2024, SampleServiceLake.in(FIRST_VILLAGE.code()));
    assertEquals(3, expected, "the fixture's small cell");
    assertEquals(expected, cell.get("value").asDouble(), 1e-9);
    assertEquals("primary", cell.get("suppression").asText(), "it still says why public outputs hide it");

    HttpResponse<String> export = get(server, "/api/v1/export?indicator=SERVICE_REQUESTS&level=village&period=2024"
        + "&suppression=none", "X-API-Key", ministry);
    assertEquals(200, export.statusCode(), export.body());
    CSVRecord row = CSVFormat.RFC4180.builder().setHeader().build().parse(new StringReader(export.body())).stream()
        .filter(r -> r.get("area").equals(FIRST_VILLAGE.code()) && r.get("breakdown").isEmpty())
        .findFirst().orElseThrow();
    assertEquals(expected, Double.parseDouble(row.get("value")), 1e-9);
    assertEquals(403, get(server, "/api/v1/export?indicator=SERVICE_REQUESTS&suppression=none", "X-API-Key", villages)
        .statusCode());
  }

  @Test
  void aKeyedPublicAnswerIsThePublicAnswer() throws Exception {
    HttpResponse<String> keyed = get(server, VILLAGES, "Authorization", "Bearer " + villages);
    assertEquals(200, keyed.statusCode());
    assertArrayEquals(get(server, VILLAGES).body().getBytes(StandardCharsets.UTF_8),
        keyed.body().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void revokedExpiredAndUnknownKeysAre401() throws Exception {
    String fake = "kmp_" + ministry.substring(4, 12) + ".not-the-secret";
    for (String key : List.of(revoked, expired, fake, "nonsense")) {
      HttpResponse<String> r = get(server, "/api/v1/indicators", "Authorization", "Bearer " + key);
      assertEquals(401, r.statusCode(), key.equals(revoked) ? "revoked" : key.equals(expired) ? "expired" : "unknown");
      assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElseThrow());
      assertFalse(r.body().contains(key), "a problem never echoes the key");
    }
    assertEquals(401, get(server, "/api/v1/indicators", "X-API-Key", revoked).statusCode());
    assertEquals(200, get(server, "/api/v1/indicators").statusCode(), "anonymous public reads stay open");
  }

  @Test
  void keyedRequestsAreInTheAuditTableAndNoKeyIsWrittenAnywhere() throws Exception {
    String query = "indicator=SERVICE_REQUESTS&area=" + FIRST_VILLAGE.code() + "&period=2024&suppression=none";
    assertEquals(200, get(server, "/api/v1/values?" + query, "Authorization", "Bearer " + ministry).statusCode());
    assertEquals(401, get(server, "/api/v1/values?" + query, "Authorization", "Bearer " + revoked).statusCode());
    Path table = AuditLog.besideKeys(KeyStore.besideWarehouse(dir.resolve("warehouse.duckdb")));
    assertEquals(1, auditRows(table, "kemenkes", query, 200), "the request of kemenkes, with its status");
    assertEquals(1, auditRows(table, AuditLog.UNKNOWN_KEY, query, 401), "a revoked key is audited as unknown");
    assertTrue(logs().contains("audit "), "the structured audit line is logged");

    List<Path> files;
    try (Stream<Path> all = Files.walk(dir)) {
      files = all.filter(Files::isRegularFile).toList();
    }
    assertTrue(files.contains(KeyStore.besideWarehouse(dir.resolve("warehouse.duckdb"))));
    for (String key : List.of(ministry, villages, revoked, expired)) {
      String secretPart = key.substring(key.indexOf('.') + 1);
      for (Path f : files) {
        String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        assertFalse(bytes.contains(secretPart), "a key in " + f);
      }
      assertFalse(logs().contains(secretPart), "a key in the log");
    }
  }

  @Test
  void overTheLimitIs429WithRetryAfterAndAKeyHasItsOwnLimit() throws Exception {
    KeyStore keys = new KeyStore(dir.resolve("limited/other.keys"));
    String bulk = keys.create("bps", Set.of(Scope.AGGREGATES_READ), null, Instant.now()).secret();
    for (int i = 0; i < 3; i++) {
      assertEquals(200, get(limited, "/api/v1/indicators").statusCode(), "request " + (i + 1) + " of 3 a minute");
    }
    HttpResponse<String> over = get(limited, "/api/v1/indicators");
    assertEquals(429, over.statusCode());
    assertEquals("application/problem+json", over.headers().firstValue("Content-Type").orElseThrow());
    long retryAfter = Long.parseLong(over.headers().firstValue("Retry-After").orElseThrow());
    assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
    for (int i = 0; i < 10; i++) {
      assertEquals(200, get(limited, "/api/v1/indicators", "Authorization", "Bearer " + bulk).statusCode(),
          "aggregates:read has the keyed limit (none here)");
    }
  }

  @Test
  void corsPreflightSucceedsForAConfiguredOriginOnly() throws Exception {
    HttpResponse<String> allowed = preflight(ORIGIN);
    assertTrue(allowed.statusCode() < 300, "preflight status " + allowed.statusCode());
    assertEquals(ORIGIN, allowed.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
    assertTrue(allowed.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase().contains("authorization"));
    HttpResponse<String> other = preflight("https://elsewhere.example");
    assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), "no CORS grant for another origin");
    HttpResponse<String> simple = get(server, VILLAGES, "Origin", ORIGIN);
    assertEquals(ORIGIN, simple.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
  }

  private static HttpResponse<String> preflight(String origin) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + VILLAGES))
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
        .header("Origin", origin).header("Access-Control-Request-Method", "GET")
        .header("Access-Control-Request-Headers", "authorization").build();
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode firstVillage(JsonNode answer) {
    for (JsonNode v : answer.get("values")) {
      if (v.get("area").asText().equals(FIRST_VILLAGE.code())) {
        return v;
      }
    }
    throw new AssertionError("no value of " + FIRST_VILLAGE.code() + ": " + answer);
  }

  /** The audit rows of one key, query and status, read as a data officer would: DuckDB over the CSV table (polled: it is written after the answer). */
  private static long auditRows(Path table, String key, String parameters, int status) throws Exception {
    long deadline = System.nanoTime() + 5_000_000_000L;
    long rows = 0;
    while (System.nanoTime() < deadline) {
      if (Files.exists(table)) {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
            PreparedStatement s = c.prepareStatement("select count(*) from read_csv(?) where key = ? and endpoint = ?"
                + " and parameters = ? and status = ?")) {
          s.setString(1, table.toString());
          s.setString(2, key);
          s.setString(3, "/api/v1/values");
          s.setString(4, parameters);
          s.setInt(5, status);
          try (ResultSet r = s.executeQuery()) {
            r.next();
            rows = r.getLong(1);
          }
        }
        if (rows > 0) {
          return rows;
        }
      }
      Thread.sleep(50);
    }
    return rows;
  }

  private static String logs() {
    synchronized (LOGS) {
      return LOGS.toString(StandardCharsets.UTF_8);
    }
  }

  private static HttpResponse<String> get(ApiServer on, String pathAndQuery, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + on.port() + pathAndQuery));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return CLIENT.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Standard error as it was, and a copy of it. */
  private static final class Tee extends OutputStream {
    private final OutputStream out;
    private final ByteArrayOutputStream copy;

    Tee(OutputStream out, ByteArrayOutputStream copy) {
      this.out = out;
      this.copy = copy;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      synchronized (copy) {
        copy.write(b);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      synchronized (copy) {
        copy.write(b, off, len);
      }
    }
  }
}
