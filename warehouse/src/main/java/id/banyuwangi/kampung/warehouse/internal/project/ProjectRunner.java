package id.banyuwangi.kampung.warehouse.internal.project;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link Project} into one DuckDB connection: the macros, then every model in run order,
 * each as its materialisation says, all inside the caller's transaction. Records how long each
 * model took.
 */
public final class ProjectRunner {
  private static final Logger LOG = LoggerFactory.getLogger(ProjectRunner.class);

  private final Project project;
  private final Renderer renderer;
  private final BuildContext context;
  private final Map<String, Long> millis = new LinkedHashMap<>();

  public ProjectRunner(Project project, Renderer renderer, BuildContext context) {
    this.project = project;
    this.renderer = renderer;
    this.context = context;
  }

  /** Runs everything; {@code step} is told once per model. */
  public void run(Connection connection, IntConsumer step) throws SQLException {
    for (String macro : project.macros()) {
      execute(connection, renderer.render("macro", macro));
    }
    for (Model model : project.models()) {
      long started = System.nanoTime();
      try {
        create(connection, model);
      } catch (SQLException | RuntimeException e) {
        throw new SQLException("model " + model.folder() + "/" + model.name() + " failed: " + e.getMessage(), e);
      }
      requireRelation(connection, model);
      long ms = (System.nanoTime() - started) / 1_000_000;
      millis.put(model.name(), ms);
      LOG.debug("model {} ({}) in {} ms", model.name(), model.materialization(), ms);
      step.accept(1);
    }
  }

  private void create(Connection connection, Model model) throws SQLException {
    switch (model.materialization()) {
      case TABLE, VIEW -> execute(connection, "CREATE " + model.materialization().name() + " "
          + Identifiers.quote(model.name()) + " AS\n" + renderer.render(model.name(), model.sql()));
      case JAVA, SEED -> model.java().create(connection, context);
    }
  }

  /** A model must leave exactly its own relation behind, like CREATE TABLE name AS ... */
  private static void requireRelation(Connection connection, Model model) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main' AND table_name = ?")) {
      s.setString(1, model.name());
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        if (rs.getLong(1) != 1) {
          throw new SQLException("model " + model.name() + " did not create " + model.name());
        }
      }
    }
  }

  /** Milliseconds per model, in run order. */
  public Map<String, Long> timings() {
    return Map.copyOf(millis);
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
