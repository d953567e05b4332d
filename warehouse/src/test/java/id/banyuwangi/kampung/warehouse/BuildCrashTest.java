package id.banyuwangi.kampung.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.kampung.domain.fault.FaultPoint;
import id.banyuwangi.kampung.domain.progress.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SIGKILL during a warehouse build, in a JVM of its own: the published warehouse is always a whole
 * one (the previous build, as the kill comes before the rename), and the next build succeeds and
 * leaves nothing of the killed one behind. Kills: at a named point ({@link FaultPoint}: before the
 * first model, in the middle of the models, after the building file is written and closed but
 * before the rename), and by {@code kill -9} from outside as soon as the building file appears.
 */
@Tag("e2e")
class BuildCrashTest {
  @TempDir static Path dir;
  static Path lake;

  @BeforeAll
  static void lake() {
    lake = AllSourcesLake.write(dir.resolve("lake"), dir.resolve("parts"));
  }

  @ParameterizedTest(name = "killed at {0}")
  @ValueSource(strings = {"build.model#1", "build.model#15", "build.publish", "kill -9 when the building file appears"})
  void theWarehouseIsTheOldOneAfterAKillAndTheNextBuildSucceeds(String point) throws Exception {
    Path wh = Files.createDirectories(dir.resolve("wh-" + point.replaceAll("[^a-z0-9]+", "-")));
    Path target = wh.resolve("kampung.duckdb");
    BuildSummary previous = WarehouseBuilder.build(lake.toString(), target, Progress.NONE);
    long cells = previous.rowsPerTable().get("mart_indicator_cell");

    Process child = childBuild(point.startsWith("build.") ? point : null, target);
    if (point.startsWith("kill")) {
      killWhenBuildingFileAppears(child, wh);
    }
    assertTrue(child.waitFor(15, TimeUnit.MINUTES), "the child build ends");
    assertEquals(FaultPoint.EXIT_CODE, child.exitValue(), "killed: " + Files.readString(wh.resolve("child.log")));
    if (point.startsWith("build.")) {
      assertTrue(Files.readString(wh.resolve("child.log")).contains("kampung fault point reached: " + point));
    }

    // The published file is the previous build, whole.
    assertEquals(previous.buildId(), scalar(target, "SELECT value FROM _build_info WHERE key = 'build_id'"));
    assertEquals(String.valueOf(cells), scalar(target, "SELECT count(*) FROM mart_indicator_cell"));
    System.out.println(point + ": left behind " + names(wh));

    BuildSummary next = WarehouseBuilder.build(lake.toString(), target, Progress.NONE);
    assertNotEquals(previous.buildId(), next.buildId());
    assertEquals(next.buildId(), scalar(target, "SELECT value FROM _build_info WHERE key = 'build_id'"));
    assertEquals(previous.rowsPerTable(), next.rowsPerTable());
    assertEquals(List.of("child.log", "kampung.duckdb", "kampung.duckdb.builds"), names(wh),
        "nothing of the killed build is left");
    // kept: the previous build and the next, and no pending file of the killed one
    assertEquals(List.of(previous.buildId() + ".duckdb", next.buildId() + ".duckdb").stream().sorted().toList(),
        names(wh.resolve("kampung.duckdb.builds")));
  }

  private static Process childBuild(String point, Path target) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    if (point != null) {
      command.add("-D" + FaultPoint.PROPERTY + "=" + point);
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), BuildMain.class.getName(),
        lake.toString(), target.toString()));
    return new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(target.resolveSibling("child.log").toFile()).start();
  }

  /** SIGKILL (Process.destroyForcibly on Unix) the moment a building file exists. */
  private static void killWhenBuildingFileAppears(Process child, Path wh) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (System.nanoTime() < deadline && child.isAlive()) {
      if (names(wh).stream().anyMatch(n -> n.contains(".building-"))) {
        child.destroyForcibly();
        return;
      }
      Thread.sleep(5);
    }
    throw new AssertionError("no building file appeared");
  }

  private static String scalar(Path warehouse, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("ATTACH '" + warehouse + "' AS wh (READ_ONLY)");
      s.execute("USE wh");
      try (ResultSet rs = s.executeQuery(sql)) {
        assertTrue(rs.next());
        return rs.getString(1);
      }
    }
  }

  private static List<String> names(Path d) throws Exception {
    try (Stream<Path> files = Files.list(d)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
