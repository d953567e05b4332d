package id.banyuwangi.kampung.ingestion;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paths an ingest refuses before Spark starts, and the ones it takes. */
class IngestPreflightTest {
  @TempDir Path dir;

  private String refusal(Path source, Path lake) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> IngestPreflight.check(IngestOptions.of(source.toString(), lake.toString()), new Configuration()));
    return e.getMessage();
  }

  @Test
  void aSourceThatDoesNotExistIsRefusedAndNoLakeIsCreated() {
    Path lake = dir.resolve("lake");
    String m = refusal(dir.resolve("a-typo"), lake);
    assertTrue(m.contains("a-typo does not exist"), m);
    assertFalse(Files.exists(lake));
  }

  @Test
  void aSourceWithoutSourceDirectoriesIsRefused() throws Exception {
    Path source = Files.createDirectories(dir.resolve("downloads"));
    Files.writeString(source.resolve("KSK-3510012001-01_20240305.jsonl"), "{}\n");
    String m = refusal(source, dir.resolve("lake"));
    assertTrue(m.contains("holds none of kiosk/, population/, households/"), m);
  }

  @Test
  void aSourceFileOrASourceEntryThatIsAFileIsRefused() throws Exception {
    Path file = Files.writeString(dir.resolve("kiosk.jsonl"), "{}\n");
    assertTrue(refusal(file, dir.resolve("lake")).contains("is a file"));
    Path source = Files.createDirectories(dir.resolve("src"));
    Files.writeString(source.resolve("kiosk"), "not a directory");
    String m = refusal(source, dir.resolve("lake"));
    assertTrue(m.contains("kiosk is a file, it must be a directory"), m);
  }

  @Test
  void aNonEmptyDirectoryThatIsNoLakeIsRefused() throws Exception {
    Path source = Files.createDirectories(dir.resolve("src/kiosk"));
    Path home = Files.createDirectories(dir.resolve("home"));
    Files.writeString(home.resolve("thesis.docx"), "years of work");
    String m = refusal(source.getParent(), home);
    assertTrue(m.contains("holds no lake (no _system/)"), m);
    assertTrue(refusal(source.getParent(), home.resolve("thesis.docx")).contains("is a file"));
  }

  @Test
  void aNewOrEmptyLakeOrAnExistingLakeIsTaken() throws Exception {
    Path source = Files.createDirectories(dir.resolve("src/population")).getParent();
    Configuration conf = new Configuration();
    assertDoesNotThrow(() -> IngestPreflight.check(IngestOptions.of(source.toString(), dir.resolve("new").toString()), conf));
    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertDoesNotThrow(() -> IngestPreflight.check(IngestOptions.of(source.toString(), empty.toString()), conf));
    Path lake = Files.createDirectories(dir.resolve("lake/_system/ingest_runs"));
    assertDoesNotThrow(() -> IngestPreflight.check(IngestOptions.of(source.toString(), lake.getParent().getParent().toString()), conf));
  }
}
