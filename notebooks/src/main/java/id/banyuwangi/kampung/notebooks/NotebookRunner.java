package id.banyuwangi.kampung.notebooks;

import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.read.PublishedCatalog;
import id.banyuwangi.kampung.reports.Lang;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Runs a notebook against a warehouse connection and renders it to one HTML page: at the top when
 * it ran and from which build ({@link RunStamp}); the prose as written; each SQL cell followed by
 * its result as a table, or as a chart or a map where its {@link CellDirective} asks for one; a hidden
 * cell's query folded under a line saying it is hidden. A failing cell shows its error in its place
 * (the rest still runs) and counts in {@link Result#failedCells()}.
 */
public final class NotebookRunner {
  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

  private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
  private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).build();
  private final Lang lang;
  private final CellChart charts;
  private final CellMap maps;
  private IndicatorCatalog catalog;

  /** The result of one run: the page, and how many cells ran and failed. */
  public record Result(String html, int cells, int failedCells) {}

  /** Indonesian pages. */
  public NotebookRunner() {
    this(Lang.ID);
  }

  public NotebookRunner(Lang lang) {
    this.lang = lang;
    this.charts = new CellChart(lang);
    this.maps = new CellMap(lang);
  }

  /** Runs the notebook; not for concurrent use (one runner per thread). */
  public Result run(Notebook notebook, Connection warehouse) {
    catalog = null;
    Node document = parser.parse(notebook.markdown());
    StringBuilder body = new StringBuilder();
    body.append("<p class=\"stamp\">").append(Html.escape(RunStamp.now(warehouse).text(lang))).append("</p>\n");
    int cells = 0;
    int failed = 0;
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (!(node instanceof FencedCodeBlock code) || !isSql(code)) {
        body.append(renderer.render(node));
        continue;
      }
      cells++;
      String query = renderer.render(node);
      String output;
      try {
        CellDirective directive = CellDirective.parse(code.getInfo());
        query = directive.hidden() ? hidden(code) : query;
        output = output(directive, CellResult.run(warehouse, code.getLiteral()), warehouse);
      } catch (SQLException | RuntimeException e) {
        failed++;
        output = "<p class=\"error\">" + Html.escape(lang.text("notebook.error", e.getMessage())) + "</p>\n";
      }
      body.append(query).append(output);
    }
    return new Result(Html.page(notebook.name(), body.toString(), lang), cells, failed);
  }

  private String output(CellDirective directive, CellResult result, Connection warehouse) {
    return switch (directive.output()) {
      case TABLE -> Html.table(result, lang);
      case BARS, LINE -> charts.html(directive, result, catalog(warehouse));
      case MAP -> maps.html(directive, result, catalog(warehouse));
    };
  }

  /** The catalog the warehouse was built with, read once per run. */
  private IndicatorCatalog catalog(Connection warehouse) {
    if (catalog == null) {
      catalog = PublishedCatalog.read(warehouse);
    }
    return catalog;
  }

  private static boolean isSql(FencedCodeBlock code) {
    String info = code.getInfo().strip();
    return info.equalsIgnoreCase("sql") || info.toLowerCase(Locale.ROOT).startsWith("sql ");
  }

  /** The query folded away, under a line saying that it is hidden. */
  private String hidden(FencedCodeBlock code) {
    return "<details class=\"hidden-cell\"><summary>" + Html.escape(lang.text("notebook.hidden")) + "</summary>"
        + "<pre><code class=\"language-sql\">" + Html.escape(code.getLiteral()) + "</code></pre></details>\n";
  }
}
