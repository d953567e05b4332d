package id.banyuwangi.kampung.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kampung notebook} writes every page, and exits 1 when a cell failed (its error shown in place). */
class NotebookCommandTest {
  @TempDir Path dir;

  @Test
  void aFailingCellShowsItsErrorAndMakesTheCommandExitNonZero() throws Exception {
    Path warehouse = dir.resolve("w.duckdb");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse); Statement s = c.createStatement()) {
      s.execute("create table t as select 1 as x");
    }
    Path good = Files.writeString(dir.resolve("good.md"), "# Baik\n\n```sql\nselect x from t\n```\n");
    Path bad = Files.writeString(dir.resolve("bad.md"), "# Rusak\n\n```sql\nselect y from t\n```\n\nSesudahnya.\n");
    Path out = dir.resolve("out");

    assertEquals(0, run("notebook", "--warehouse", warehouse.toString(), "--out", out.toString(), good.toString()));
    assertEquals(1, run("notebook", "--warehouse", warehouse.toString(), "--out", out.toString(), good.toString(),
        bad.toString()));
    String page = Files.readString(out.resolve("bad.html"));
    assertTrue(page.indexOf("select y from t") < page.indexOf("<p class=\"error\">Galat: ")
        && page.indexOf("<p class=\"error\">") < page.indexOf("Sesudahnya."), page);
    assertTrue(Files.readString(out.resolve("good.html")).contains("<td>1</td>"), "every page is written");
  }

  private static int run(String... args) {
    return Kampung.commandLine().execute(args);
  }
}
