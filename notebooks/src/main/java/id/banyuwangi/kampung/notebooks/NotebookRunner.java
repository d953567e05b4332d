package id.banyuwangi.kampung.notebooks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Runs a notebook against a warehouse connection and renders it to one HTML page: the prose as
 * written, each SQL cell followed by its result table (or its error, so one broken cell does not
 * hide the rest).
 */
public final class NotebookRunner {
  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final int MAX_ROWS = 200;

  private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
  private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).build();

  /** The result of one run: the page, and how many cells ran and failed. */
  public record Result(String html, int cells, int failedCells) {}

  public Result run(Notebook notebook, Connection warehouse) {
    Node document = parser.parse(notebook.markdown());
    StringBuilder body = new StringBuilder();
    int cells = 0;
    int failed = 0;
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      body.append(renderer.render(node));
      if (node instanceof FencedCodeBlock code && "sql".equalsIgnoreCase(code.getInfo().strip())) {
        cells++;
        try {
          body.append(resultTable(warehouse, code.getLiteral()));
        } catch (SQLException e) {
          failed++;
          body.append("<p class=\"error\">Galat: ").append(Html.escape(e.getMessage())).append("</p>\n");
        }
      }
    }
    return new Result(Html.page(notebook.name(), body.toString()), cells, failed);
  }

  private static String resultTable(Connection warehouse, String sql) throws SQLException {
    try (Statement s = warehouse.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      ResultSetMetaData meta = rs.getMetaData();
      StringBuilder table = new StringBuilder("<table class=\"result\">\n<tr>");
      for (int c = 1; c <= meta.getColumnCount(); c++) {
        table.append("<th>").append(Html.escape(meta.getColumnLabel(c))).append("</th>");
      }
      table.append("</tr>\n");
      int rows = 0;
      while (rs.next() && rows++ < MAX_ROWS) {
        table.append("<tr>");
        for (int c = 1; c <= meta.getColumnCount(); c++) {
          table.append("<td>").append(Html.escape(Html.format(rs.getObject(c)))).append("</td>");
        }
        table.append("</tr>\n");
      }
      return table.append("</table>\n").toString();
    }
  }
}
