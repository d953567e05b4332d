package id.banyuwangi.kampung.warehouse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.kampung.domain.progress.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mistyped path never costs data: a missing or wrong lake, a shrinking build, a target that is no warehouse. */
class RefusedBuildTest {
  @TempDir Path dir;

  @Test
  void aMissingLakeIsRefusedAndThePublishedWarehouseStays() throws Exception {
    Path target = dir.resolve("wh/kampung.duckdb");
    BuildSummary good = WarehouseBuilder.build(PublicServiceLake.write(dir.resolve("lake")).toString(), target, Progress.NONE);
    byte[] published = Files.readAllBytes(target);

    RefusedBuildException e = assertThrows(RefusedBuildException.class,
        () -> WarehouseBuilder.build(dir.resolve("a-typo").toString(), target, Progress.NONE));

    assertTrue(e.getMessage().contains("a-typo does not exist"), e.getMessage());
    assertArrayEquals(published, Files.readAllBytes(target));
    assertEquals(good.buildId(), buildId(target));
    assertEquals(List.of("kampung.duckdb"), names(dir.resolve("wh")));
    assertFalse(Files.exists(dir.resolve("a-typo")), "nothing is created at the mistyped path");
  }

  @Test
  void aDirectoryWithoutSilverTablesIsRefused() throws Exception {
    Path notALake = Files.createDirectories(dir.resolve("sources/kiosk"));
    Files.writeString(notALake.resolve("KSK-3510012001-01_20240305.jsonl"), "{}\n");
    Path target = dir.resolve("kampung.duckdb");

    RefusedBuildException e = assertThrows(RefusedBuildException.class,
        () -> WarehouseBuilder.build(dir.resolve("sources").toString(), target, Progress.NONE));

    assertTrue(e.getMessage().contains("holds none of the silver tables (silver/kiosk_events, silver/population"),
        e.getMessage());
    assertFalse(Files.exists(target));
  }

  @Test
  void aBuildWithFarFewerCellsNeedsAllowShrink() throws Exception {
    Path target = dir.resolve("wh/kampung.duckdb");
    Path full = PublicServiceLake.write(dir.resolve("full"));
    Path empty = PublishTest.emptyLake(dir.resolve("empty"));
    BuildSummary good = WarehouseBuilder.build(full.toString(), target, Progress.NONE);
    long cells = good.rowsPerTable().get(ShrinkGuard.CELLS);
    assertTrue(cells > 0);

    RefusedBuildException e = assertThrows(RefusedBuildException.class,
        () -> WarehouseBuilder.build(empty.toString(), target, Progress.NONE));
    assertTrue(e.getMessage().contains("the new build has 0 indicator cells, the published kampung.duckdb has "
        + String.format(java.util.Locale.ROOT, "%,d", cells)), e.getMessage());
    assertTrue(e.getMessage().contains("--allow-shrink"), e.getMessage());
    assertEquals(good.buildId(), buildId(target));
    assertEquals(List.of("kampung.duckdb"), names(dir.resolve("wh")), "the refused build leaves nothing behind");

    // the same lake again: as many cells, published without asking
    BuildSummary again = WarehouseBuilder.build(full.toString(), target, Progress.NONE);
    assertEquals(again.buildId(), buildId(target));
    // asked for: published
    BuildSummary shrunk = WarehouseBuilder.build(BuildOptions.of(empty.toString(), target).withAllowShrink(), Progress.NONE);
    assertEquals(0L, shrunk.rowsPerTable().get(ShrinkGuard.CELLS));
    assertEquals(shrunk.buildId(), buildId(target));
  }

  @Test
  void aTargetThatIsNoWarehouseIsNeverReplaced() throws Exception {
    Path target = dir.resolve("notes.txt");
    Files.writeString(target, "the planner's notes, not a warehouse");

    RefusedBuildException e = assertThrows(RefusedBuildException.class,
        () -> WarehouseBuilder.build(BuildOptions.of(PublicServiceLake.write(dir.resolve("lake")).toString(), target)
            .withAllowShrink(), Progress.NONE));

    assertTrue(e.getMessage().contains("exists and is not a kampung warehouse"), e.getMessage());
    assertEquals("the planner's notes, not a warehouse", Files.readString(target));
  }

  private static String buildId(Path warehouse) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("ATTACH '" + warehouse + "' AS wh (READ_ONLY)");
      try (ResultSet rs = s.executeQuery("SELECT value FROM wh._build_info WHERE key = 'build_id'")) {
        assertTrue(rs.next());
        return rs.getString(1);
      }
    }
  }

  /** The files beside the warehouse, but for the folder of kept builds (the published builds', not a leftover). */
  private static List<String> names(Path d) throws Exception {
    try (Stream<Path> files = Files.list(d)) {
      return files.map(p -> p.getFileName().toString()).filter(name -> !name.endsWith(".builds")).sorted().toList();
    }
  }
}
