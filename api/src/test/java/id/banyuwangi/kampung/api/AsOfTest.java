package id.banyuwangi.kampung.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import id.banyuwangi.kampung.domain.progress.Progress;
import id.banyuwangi.kampung.warehouse.BuildOptions;
import id.banyuwangi.kampung.warehouse.BuildSummary;
import id.banyuwangi.kampung.warehouse.KioskEventRows;
import id.banyuwangi.kampung.warehouse.KioskEventRows.Request;
import id.banyuwangi.kampung.warehouse.SampleServiceLake;
import id.banyuwangi.kampung.warehouse.WarehouseBuilder;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Answers as of an earlier build: two real builds published at one path (the second from a lake
 * with more requests), the server serving the second, and {@code asOf} the first's id or a time
 * between the two publications answering the first's figures, with its lineage.
 */
class AsOfTest {
  private static final String REGENCY_2024 = "/api/v1/values?indicator=SERVICE_REQUESTS&area=3510&period=2024";

  @TempDir static Path dir;
  static BuildSummary first;
  static BuildSummary second;
  static long firstRequests;
  static long secondRequests;
  static Instant between;
  static ApiServer server;
  static Http http;

  @BeforeAll
  static void publishTwice() throws Exception {
    Path target = dir.resolve("warehouse.duckdb");
    first = build(100, target);
    firstRequests = in2024(100);
    Thread.sleep(1100); // publication times a second apart, as file times tell them
    between = Instant.now();
    Thread.sleep(1100);
    second = build(300, target);
    secondRequests = in2024(300);
    server = ApiServer.start(target, 0);
    http = new Http(server.port());
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  private static BuildSummary build(int requests, Path target) {
    List<Request> some = SampleServiceLake.requests().subList(0, requests);
    Path lake = KioskEventRows.write(dir.resolve("lake-" + requests), some);
    return WarehouseBuilder.build(BuildOptions.of(lake.toString(), target).withCatalog(SampleBuilds.EVERY_CELL_SHOWN),
        Progress.NONE);
  }

  private static long in2024(int requests) {
    return SampleServiceLake.requests().subList(0, requests).stream().filter(r -> r.submittedAt().getYear() == 2024).count();
  }

  @Test
  void theNewestBuildAnswersByDefault() throws Exception {
    JsonNode body = http.json(REGENCY_2024, 200);
    assertEquals(second.buildId(), body.at("/build/id").asText());
    assertEquals((double) secondRequests, body.at("/values/0/value").asDouble());
  }

  @Test
  void asOfTheFirstBuildAnswersItsFigures() throws Exception {
    assertNotEquals(firstRequests, secondRequests);
    HttpResponse<String> response = http.get(REGENCY_2024 + "&asOf=" + first.buildId());
    assertEquals(200, response.statusCode(), response.body());
    assertEquals(first.buildId(), response.headers().firstValue("X-Kampung-Build").orElseThrow());
    JsonNode body = Http.JSON.readTree(response.body());
    assertEquals((double) firstRequests, body.at("/values/0/value").asDouble());
    assertEquals(first.sourceVersions().get("silver/kiosk_events").longValue(),
        body.at("/build/delta_versions").get("silver/kiosk_events").asLong());
    // the same in SDMX-CSV, and the ETag names the earlier build
    HttpResponse<String> sdmx = http.get(REGENCY_2024 + "&asOf=" + first.buildId() + "&format=sdmx-csv");
    assertTrue(sdmx.body().lines().skip(1).findFirst().orElseThrow().contains("," + (double) firstRequests + ","), sdmx.body());
    assertTrue(sdmx.headers().firstValue("ETag").orElseThrow().contains(first.buildId()));
  }

  @Test
  void asOfATimeAnswersTheBuildPublishedThen() throws Exception {
    assertEquals(first.buildId(), http.json(REGENCY_2024 + "&asOf=" + between, 200).at("/build/id").asText());
    assertEquals(second.buildId(), http.json(REGENCY_2024 + "&asOf=" + Instant.now(), 200).at("/build/id").asText());
    assertEquals(404, http.json(REGENCY_2024 + "&asOf=2001-01-01T00:00:00Z", 404).get("status").asInt());
    assertEquals(404, http.json(REGENCY_2024 + "&asOf=no-such-build", 404).get("status").asInt());
    assertEquals(400, http.json(REGENCY_2024 + "&asOf=%27%3B--", 400).get("status").asInt());
  }

  @Test
  void theBuildsListTheKeptBuildsWithTheirLineage() throws Exception {
    JsonNode builds = http.json("/api/v1/builds", 200).get("builds");
    assertEquals(2, builds.size());
    assertEquals(second.buildId(), builds.get(0).get("id").asText());
    assertTrue(builds.get(0).get("current").asBoolean());
    assertEquals(first.buildId(), builds.get(1).get("id").asText());
    assertFalse(builds.get(1).get("current").asBoolean());
    assertEquals(first.sourceVersions().get("silver/kiosk_events").longValue(),
        builds.get(1).get("delta_versions").get("silver/kiosk_events").asLong());
  }

  @Test
  void aCursorKeepsPagingTheBuildItStartedOn() throws Exception {
    String url = "/api/v1/values?indicator=SERVICE_REQUESTS&area=3510&limit=3&asOf=" + first.buildId();
    JsonNode page = http.json(url, 200);
    JsonNode next = http.json("/api/v1/values?indicator=SERVICE_REQUESTS&area=3510&limit=3&cursor=" + page.get("next").asText(), 200);
    assertEquals(first.buildId(), next.at("/build/id").asText());
  }
}
