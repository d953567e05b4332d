package id.banyuwangi.kampung.warehouse.internal.project;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link Project} into one DuckDB connection: the macros, then every model in run order,
 * each as its materialisation says, all inside the caller's transaction. Records how long each
 * model took. {@link #refresh} re-runs only what changed lake tables reach, in a copy of the
 * previous build.
 */
public final class ProjectRunner {
  private static final Logger LOG = LoggerFactory.getLogger(ProjectRunner.class);
  /** A re-run table this small is compared with its previous rows: unchanged, it stops the refresh there. */
  private static final long COMPARED_ROWS = 100_000;

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
      timed(connection, model);
      step.accept(1);
    }
  }

  /** Creates one model's relation, checks it is there, records how long it took. */
  private void timed(Connection connection, Model model) throws SQLException {
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
  }

  /**
   * In a database holding the previous build of the same project (same {@link ProjectFingerprint}):
   * re-runs the models that read a table of {@code changedSources}, or a model re-run with other
   * rows, in run order; every other model keeps its table. A small re-run table whose rows came out
   * the same as before does not make its dependents re-run (the period spine when a day adds no
   * period). The macros are already there. Returns the models re-run.
   */
  public Set<String> refresh(Connection connection, Set<String> changedSources, IntConsumer step) throws SQLException {
    Set<String> changed = new HashSet<>();
    Set<String> rerun = new LinkedHashSet<>();
    for (Model model : project.models()) {
      boolean dirty = model.sources().stream().anyMatch(changedSources::contains)
          || model.refs().stream().anyMatch(changed::contains);
      if (dirty) {
        rerun.add(model.name());
        if (replace(connection, model)) {
          changed.add(model.name());
        }
      }
      step.accept(1);
    }
    return rerun;
  }

  /** Runs {@code model} again over its previous relation; whether its rows may differ from before. */
  private boolean replace(Connection connection, Model model) throws SQLException {
    String name = Identifiers.quote(model.name());
    if (model.materialization() == Materialization.VIEW) {
      execute(connection, "DROP VIEW " + name);
      timed(connection, model);
      return true;
    }
    String previous = Identifiers.quote(previousTable(model.name()));
    execute(connection, "ALTER TABLE " + name + " RENAME TO " + previous);
    timed(connection, model);
    boolean same = sameRows(connection, previous, name);
    execute(connection, "DROP TABLE " + previous);
    return !same;
  }

  /**
   * Where a re-run model's previous table is while it runs again (a model may read it, as the
   * disclosure audit keeps the audit of what did not change).
   */
  public static String previousTable(String model) {
    return "_previous_" + model;
  }

  /** Whether two tables hold the same multiset of rows; false unchecked for a large one. */
  private static boolean sameRows(Connection connection, String a, String b) throws SQLException {
    if (count(connection, a) > COMPARED_ROWS) {
      return false;
    }
    return count(connection, "((SELECT * FROM " + a + " EXCEPT ALL SELECT * FROM " + b + ") UNION ALL (SELECT * FROM "
        + b + " EXCEPT ALL SELECT * FROM " + a + "))") == 0;
  }

  private static long count(Connection connection, String relation) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM " + relation + " counted")) {
      rs.next();
      return rs.getLong(1);
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
    if (!hasRelation(connection, model.name())) {
      throw new SQLException("model " + model.name() + " did not create " + model.name());
    }
  }

  /** Whether the build's database holds a table or view of that name. */
  public static boolean hasRelation(Connection connection, String name) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main' AND table_name = ?")) {
      s.setString(1, name);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1) == 1;
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
