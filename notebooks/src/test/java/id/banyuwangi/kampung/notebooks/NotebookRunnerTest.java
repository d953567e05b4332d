package id.banyuwangi.kampung.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.kampung.reports.Lang;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;

class NotebookRunnerTest {
  @Test
  void runsEachSqlCellAndRendersItsResultBelowIt() throws Exception {
    String md = """
        # Judul <b>

        Prosa **tebal**.

        ```sql
        select 1234567 as jumlah, 12.345::double as persen, null as kosong
        ```

        ```sql
        select * from tabel_yang_tidak_ada
        ```

        ## Sesudah galat

        ```text
        bukan sql
        ```
        """;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      NotebookRunner.Result r = new NotebookRunner().run(new Notebook("uji", md), c);
      assertEquals(2, r.cells());
      assertEquals(1, r.failedCells());
      assertTrue(r.html().contains("<strong>tebal</strong>"), r.html());
      assertTrue(r.html().contains("<td>1.234.567</td><td>12,35</td><td>–</td>"), r.html());
      assertTrue(r.html().contains("Judul &lt;b&gt;"), r.html());
      // the error stands where the failing cell is: after its query, before the next heading
      int query = r.html().indexOf("tabel_yang_tidak_ada");
      int error = r.html().indexOf("<p class=\"error\">Galat: ");
      int next = r.html().indexOf("Sesudah galat");
      assertTrue(query < error && error < next, r.html());
      assertTrue(r.html().contains("tanpa _build_info"), "an in-memory database has no build to name: " + r.html());
    }
  }

  @Test
  void aBadDirectiveIsAFailedCellNamingTheWordsItKnows() throws Exception {
    String md = """
        ```sql chart=pie indicator=SLA_COMPLIANCE
        select 'a', 1
        ```

        ```sql chart=bars
        select 'a', 1
        ```
        """;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      NotebookRunner.Result r = new NotebookRunner(Lang.EN).run(new Notebook("uji", md), c);
      assertEquals(2, r.failedCells(), r.html());
      assertTrue(r.html().contains("unknown cell directive 'chart=pie'"), r.html());
      assertTrue(r.html().contains("needs indicator=CODE"), r.html());
      assertTrue(r.html().contains("<html lang=\"en\">"), r.html());
    }
  }

  @Test
  void everyShippedNotebookIsOnTheClasspath() throws Exception {
    for (String name : Notebook.SHIPPED) {
      assertTrue(Notebook.shipped(name).markdown().contains("```sql"), name);
      assertFalse(Notebook.shipped(name).markdown().contains("```sql map"), name + ": no map cell until reports/map lands");
    }
  }
}
