package id.banyuwangi.kampung.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line refuses mistyped paths with one clear line and a non-zero exit, writing nothing. */
class MistypedPathTest {
  @TempDir Path dir;

  private String run(int expectedExit, String... args) {
    CommandLine cli = Kampung.commandLine();
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err, true));
    assertEquals(expectedExit, cli.execute(args), String.join(" ", args) + ": " + err);
    return err.toString();
  }

  @Test
  void ingestFromAMistypedSourceStartsNothingAndCreatesNoLake() {
    Path lake = dir.resolve("lake");
    String err = run(2, "ingest", "--source", dir.resolve("a-typo").toString(), "--lake", lake.toString());
    assertTrue(err.startsWith("kampung ingest: source ") && err.contains("a-typo does not exist"), err);
    assertFalse(Files.exists(lake));
  }

  @Test
  void buildFromAMistypedLakeKeepsThePublishedWarehouse() throws Exception {
    Path warehouse = Files.writeString(dir.resolve("live.duckdb"), "stands for a published warehouse");
    String err = run(2, "build", "--lake", dir.resolve("a-typo").toString(), "--warehouse", warehouse.toString());
    assertTrue(err.startsWith("kampung build: lake ") && err.contains("a-typo does not exist"), err);
    assertEquals("stands for a published warehouse", Files.readString(warehouse));
  }
}
