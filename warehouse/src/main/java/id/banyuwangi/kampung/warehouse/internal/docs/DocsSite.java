package id.banyuwangi.kampung.warehouse.internal.docs;

import id.banyuwangi.kampung.domain.lake.LakeColumn;
import id.banyuwangi.kampung.domain.lake.LakeContract;
import id.banyuwangi.kampung.domain.lake.LakeTable;
import id.banyuwangi.kampung.warehouse.internal.datatest.TableColumns;
import id.banyuwangi.kampung.warehouse.internal.datatest.TestResult;
import id.banyuwangi.kampung.warehouse.internal.project.Model;
import id.banyuwangi.kampung.warehouse.internal.project.ModelSchema;
import id.banyuwangi.kampung.warehouse.internal.project.Project;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The models' documentation as one browsable page, the way {@code dbt docs} presents a project:
 * every model by folder with its purpose, description, columns (type from the built file,
 * description and tests from its .yml), the data tests and their results, its lineage (what it
 * refers to and what refers to it, as links) and its SQL; the lake tables it reads, from the lake
 * contract; and a lineage graph.
 */
public final class DocsSite {
  private DocsSite() {}

  public static Path write(Path dir, Project project, Connection db, List<TestResult> results, String buildId)
      throws SQLException {
    Map<String, List<TestResult>> byModel = results.stream()
        .collect(Collectors.groupingBy(TestResult::model, LinkedHashMap::new, Collectors.toList()));
    Html page = new Html("Kampung Analytics warehouse — models of build " + buildId);
    page.raw("<h1>Kampung Analytics warehouse</h1><p>Build <code>" + Html.escape(buildId) + "</code>: "
        + project.models().size() + " models, " + results.size() + " data tests ("
        + results.stream().filter(TestResult::passed).count() + " passed). Staging reads the lake tables of the"
        + " <a href=\"#lake\">lake contract</a>; every model refers to others with <code>ref()</code>, so the run"
        + " order below is derived from the references.</p>");
    page.raw(LineageSvg.of(project));
    page.raw("<nav><h2>Models in run order</h2><ol>");
    for (Model m : project.models()) {
      page.raw("<li><a href=\"#" + m.name() + "\">" + m.name() + "</a> <small>" + m.folder() + ", "
          + m.materialization().name().toLowerCase() + "</small></li>");
    }
    page.raw("</ol></nav>");
    for (Model m : project.models()) {
      model(page, project, m, TableColumns.of(db, m.name()), byModel.getOrDefault(m.name(), List.of()), rows(db, m.name()));
    }
    lake(page);
    try {
      Files.createDirectories(dir);
      Path index = dir.resolve("index.html");
      Files.writeString(index, page.finish(), StandardCharsets.UTF_8);
      return index;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the docs to " + dir, e);
    }
  }

  private static void model(Html page, Project project, Model m, Map<String, String> types, List<TestResult> tests,
      long rows) {
    page.raw("<section id=\"" + m.name() + "\"><h2>" + m.name() + " <small>" + m.folder() + " · "
        + m.materialization().name().toLowerCase() + " · " + rows + " rows</small></h2>");
    page.raw("<p><b>" + Html.escape(m.purpose()) + "</b></p>");
    if (!m.schema().description().isBlank()) {
      page.raw("<p>" + Html.escape(m.schema().description()) + "</p>");
    }
    page.raw("<p>Refers to: " + links(m.refs().stream().sorted().toList())
        + (m.sources().isEmpty() ? "" : "; reads " + m.sources().stream().sorted()
            .map(s -> "<a href=\"#lake-" + s.replace('/', '-') + "\">" + s + "</a>").collect(Collectors.joining(", ")))
        + ". Used by: " + links(project.dependents(m.name())) + ".</p>");
    page.raw("<table><tr><th>column</th><th>type</th><th>description</th><th>tests</th></tr>");
    for (ModelSchema.Column c : m.schema().columns()) {
      page.raw("<tr><td><code>" + c.name() + "</code></td><td>" + Html.escape(types.getOrDefault(c.name(), ""))
          + "</td><td>" + Html.escape(c.description()) + "</td><td>"
          + c.tests().stream().map(ModelSchema.TestSpec::kind).collect(Collectors.joining(", ")) + "</td></tr>");
    }
    page.raw("</table>");
    if (!tests.isEmpty()) {
      page.raw("<details><summary>" + tests.size() + " data tests, " + tests.stream().filter(TestResult::passed).count()
          + " passed</summary><ul>");
      tests.forEach(t -> page.raw("<li class=\"" + (t.passed() ? "pass" : "fail") + "\">" + Html.escape(t.toString()) + "</li>"));
      page.raw("</ul></details>");
    }
    if (m.isSql()) {
      page.raw("<details><summary>SQL</summary><pre>" + Html.escape(m.sql()) + "</pre></details>");
    } else {
      page.raw("<p>Computed in Java (" + m.materialization().name().toLowerCase() + "): "
          + Html.escape(m.java().getClass().getSimpleName()) + ".</p>");
    }
    page.raw("</section>");
  }

  private static void lake(Html page) {
    page.raw("<section id=\"lake\"><h2>The lake contract</h2><p>Declared once in domain <code>LakeContract</code>;"
        + " ingestion's Spark schemas, the staging relations' types and the test fixtures are derived from it.</p>");
    for (LakeTable t : LakeContract.tables()) {
      page.raw("<h3 id=\"lake-" + t.path().replace('/', '-') + "\">" + t.path() + "</h3><p>" + Html.escape(t.description())
          + ". Key (" + String.join(", ", t.key()) + ")" + t.partitionColumn().map(p -> ", partitioned by " + p).orElse("")
          + ".</p><table><tr><th>column</th><th>type</th><th>nullable</th><th>personal data</th></tr>");
      for (LakeColumn c : t.columns()) {
        page.raw("<tr><td><code>" + c.name() + "</code></td><td>" + c.type() + "</td><td>" + (c.nullable() ? "yes" : "no")
            + "</td><td>" + (c.personal().isPersonal() ? c.personal() : "") + "</td></tr>");
      }
      page.raw("</table>");
    }
    page.raw("</section>");
  }

  private static String links(List<String> names) {
    return names.isEmpty() ? "nothing" : names.stream().map(n -> "<a href=\"#" + n + "\">" + n + "</a>")
        .collect(Collectors.joining(", "));
  }

  private static long rows(Connection db, String table) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM " + id.banyuwangi.kampung.warehouse.internal.project.Identifiers.quote(table))) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
