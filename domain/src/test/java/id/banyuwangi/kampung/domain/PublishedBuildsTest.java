package id.banyuwangi.kampung.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.kampung.domain.publish.PublishedBuilds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kept-builds layout on real files: publish, keep the newest N, find by id and by time, clean leftovers. */
class PublishedBuildsTest {
  @TempDir Path dir;

  private Path publish(PublishedBuilds builds, String id, Instant at, int keep) throws Exception {
    Path building = dir.resolve("warehouse.duckdb.building-" + id);
    Files.writeString(building, "build " + id);
    Files.setLastModifiedTime(building, FileTime.from(at));
    builds.publish(building, id, keep);
    return building;
  }

  @Test
  void keepsTheNewestBuildsAndFindsThemByIdAndTime() throws Exception {
    Path target = dir.resolve("warehouse.duckdb");
    PublishedBuilds builds = PublishedBuilds.of(target);
    Instant t0 = Instant.parse("2025-01-01T00:00:00Z");
    for (int i = 0; i < 4; i++) {
      Path building = publish(builds, "b" + i, t0.plusSeconds(3600L * i), 3);
      assertFalse(Files.exists(building), "renamed over the target");
      assertEquals("build b" + i, Files.readString(target));
    }
    List<String> kept = builds.kept().stream().map(PublishedBuilds.Kept::buildId).toList();
    assertEquals(List.of("b3", "b2", "b1"), kept, "the newest three, newest first");
    assertEquals("build b2", Files.readString(builds.find("b2").orElseThrow().file()));
    assertTrue(builds.find("b0").isEmpty(), "pruned");
    assertEquals("b1", builds.asOf(t0.plusSeconds(3600 + 1800)).orElseThrow().buildId());
    assertEquals("b3", builds.asOf(t0.plusSeconds(86400)).orElseThrow().buildId());
    assertTrue(builds.asOf(t0).isEmpty(), "b0, published then, is no longer kept");
  }

  @Test
  void keepingNoneOnlyPublishesAndLeftoversGo() throws Exception {
    Path target = dir.resolve("warehouse.duckdb");
    PublishedBuilds builds = PublishedBuilds.of(target);
    publish(builds, "only", Instant.now(), 0);
    assertEquals("build only", Files.readString(target));
    assertTrue(builds.kept().isEmpty());
    Files.createDirectories(builds.directory());
    Path pending = builds.directory().resolve("x.duckdb.pending");
    Files.writeString(pending, "half");
    assertTrue(builds.kept().isEmpty(), "a pending file is no build");
    builds.deleteLeftovers();
    assertFalse(Files.exists(pending));
    assertThrows(IllegalArgumentException.class, () -> builds.publish(target, "../escape", 1));
  }
}
