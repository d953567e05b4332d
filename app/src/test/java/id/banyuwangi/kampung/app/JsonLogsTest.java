package id.banyuwangi.kampung.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code KAMPUNG_LOG_FORMAT=json} (the kampung script's log4j2.properties,log4j2-json.properties): in
 * a child JVM, as the script starts one, every line on standard error is one JSON object, Spark's
 * notices stay below the level shown and the product's own are shown.
 */
class JsonLogsTest {
  @Test
  void everyLogLineIsOneJsonObjectWithTheBaseConfigurationsLevels() throws Exception {
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        "-Dlog4j2.configurationFile=log4j2.properties,log4j2-json.properties", LogProbe.class.getName())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), stderr);
    ObjectMapper json = new ObjectMapper();
    List<String> messages = new ArrayList<>();
    for (String line : stderr.lines().filter(l -> !l.startsWith("WARNING: Using incubator")).toList()) {
      JsonNode event = json.readTree(line); // fails on any line that is not JSON
      assertTrue(event.hasNonNull("@timestamp") && event.hasNonNull("log.level") && event.hasNonNull("log.logger"), line);
      messages.add(event.get("log.level").asText() + " " + event.get("message").asText());
    }
    assertEquals(List.of("INFO serving probe.duckdb on port 1", "WARN a Spark warning, \"quoted\""), messages);
  }
}
