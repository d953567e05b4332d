package id.banyuwangi.kampung.app;

import id.banyuwangi.kampung.notebooks.Notebook;
import id.banyuwangi.kampung.notebooks.NotebookRunner;
import id.banyuwangi.kampung.reports.Lang;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "notebook",
    mixinStandardHelpOptions = true,
    description = {
      "Run planner notebooks (Markdown with ```sql cells) against the marts, read-only, and write each as an HTML page"
          + " that says when it ran and from which build.",
      "A cell shows its result as a table, or as a chart with a directive after sql: ```sql chart=bars indicator=CODE"
          + " (label, value[, suppressed] columns) or chart=line; 'hide' folds the query away. A failing cell shows its"
          + " error in place; the command then exits 1.",
      "Without NOTEBOOK arguments the shipped notebooks run."
    })
final class NotebookCommand implements Callable<Integer> {
  @Option(names = "--warehouse", required = true, description = "The DuckDB file built by 'kampung build'.")
  Path warehouse;

  @Option(names = "--out", defaultValue = "notebooks-out", description = "Directory for the HTML pages (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--lang", defaultValue = "id", description = "id (Indonesian) or en (English) numbers and labels, as the dashboard's lang (default: ${DEFAULT-VALUE}).")
  String lang;

  @Parameters(arity = "0..*", paramLabel = "NOTEBOOK",
      description = "Notebook files (.md) or shipped notebook names (01-layanan-publik, 02-kualitas-data, 03-kesejahteraan) to run instead of all of them.")
  List<String> names = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(warehouse)) {
      throw new IllegalArgumentException("no warehouse at " + warehouse + ": run 'kampung build' first");
    }
    List<Notebook> notebooks = new ArrayList<>();
    for (String name : names) {
      Path file = Path.of(name);
      notebooks.add(Files.isRegularFile(file) ? Notebook.read(file) : Notebook.shipped(name));
    }
    if (notebooks.isEmpty()) {
      for (String name : Notebook.SHIPPED) {
        notebooks.add(Notebook.shipped(name));
      }
    }
    Files.createDirectories(out);
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    int failed = 0;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse.toAbsolutePath(), readOnly)) {
      NotebookRunner runner = new NotebookRunner(Lang.parse(lang));
      for (Notebook nb : notebooks) {
        NotebookRunner.Result r = runner.run(nb, c);
        Path page = out.resolve(nb.name() + ".html");
        Files.writeString(page, r.html());
        System.out.printf("%s: %d cells, %d failed -> %s%n", nb.name(), r.cells(), r.failedCells(), page);
        failed += r.failedCells();
      }
    }
    return failed == 0 ? 0 : 1;
  }
}
