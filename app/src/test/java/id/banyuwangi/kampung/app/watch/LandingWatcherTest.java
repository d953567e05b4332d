package id.banyuwangi.kampung.app.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the watcher reports as landed, on a real directory with the JDK's watch service. */
class LandingWatcherTest {
  private static final Duration QUIET = Duration.ofMillis(300);
  private static final Duration MAX = Duration.ofSeconds(20);

  @TempDir Path root;

  @Test
  void aFileCountsWhenRenamedIntoPlaceNotWhileHiddenOrPartial() throws Exception {
    Path kiosk = Files.createDirectories(root.resolve("kiosk"));
    Files.writeString(kiosk.resolve("KSK-old_20240101.jsonl"), "{}\n");
    try (LandingWatcher watcher = new LandingWatcher(root, Duration.ofMinutes(5))) {
      Files.writeString(kiosk.resolve("KSK-a_20240102.jsonl.gz.tmp"), "partial");
      Files.writeString(kiosk.resolve(".KSK-b_20240102.jsonl"), "{}\n");
      Files.writeString(kiosk.resolve("_KSK-c_20240102.jsonl"), "{}\n");
      Files.writeString(kiosk.resolve("notes.txt"), "not a source file");
      Files.move(kiosk.resolve("KSK-a_20240102.jsonl.gz.tmp"), kiosk.resolve("KSK-a_20240102.jsonl.gz"),
          StandardCopyOption.ATOMIC_MOVE);
      LandingWatcher.Batch batch = watcher.next(QUIET, MAX);
      assertEquals(Set.of("kiosk/KSK-a_20240102.jsonl.gz"), batch.files());
      assertTrue(!batch.firstSeen().isAfter(batch.lastSeen()));
    }
  }

  @Test
  void aReSentFileAndANewSourceDirectoryAreSeenAgain() throws Exception {
    Path kiosk = Files.createDirectories(root.resolve("kiosk"));
    Files.writeString(kiosk.resolve("KSK-a_20240101.jsonl"), "{}\n");
    try (LandingWatcher watcher = new LandingWatcher(root, Duration.ofMinutes(5))) {
      Path tmp = kiosk.resolve("KSK-a_20240101.jsonl.tmp");
      Files.writeString(tmp, "{}\n{}\n");
      Files.move(tmp, kiosk.resolve("KSK-a_20240101.jsonl"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      assertEquals(Set.of("kiosk/KSK-a_20240101.jsonl"), watcher.next(QUIET, MAX).files());

      Path population = root.resolve("population");
      Path staged = Files.createDirectories(root.resolve("staging-area"));
      Files.writeString(staged.resolve("penduduk_2024.csv"), "header\n");
      Files.move(staged, population); // a whole directory renamed into place
      assertEquals(Set.of("population/penduduk_2024.csv"), watcher.next(QUIET, MAX).files());
    }
  }

  @Test
  void thePeriodicScanFindsWhatNoEventAnnounced() throws Exception {
    Path kiosk = Files.createDirectories(root.resolve("kiosk"));
    try (LandingWatcher watcher = new LandingWatcher(root, Duration.ofMillis(200), false)) {
      Files.writeString(kiosk.resolve("KSK-a_20240103.jsonl"), "{}\n");
      assertEquals(Set.of("kiosk/KSK-a_20240103.jsonl"), watcher.next(QUIET, MAX).files());
    }
  }
}
