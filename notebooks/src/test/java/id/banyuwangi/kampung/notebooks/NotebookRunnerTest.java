package id.banyuwangi.kampung.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
      assertTrue(r.html().contains("class=\"error\""), r.html());
      assertTrue(r.html().contains("Judul &lt;b&gt;"), r.html());
    }
  }

  @Test
  void everyShippedNotebookIsOnTheClasspath() throws Exception {
    for (String name : Notebook.SHIPPED) {
      assertTrue(Notebook.shipped(name).markdown().contains("```sql"), name);
    }
  }
}
