package id.banyuwangi.kampung.warehouse;

import id.banyuwangi.kampung.domain.indicator.Indicator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the SQL models under {@code models/} in the order of {@code models/models.txt}, each as
 * {@code CREATE TABLE name AS <select>} (or a view when its header says {@code -- materialized: view}).
 *
 * <p>A model is one SELECT in one file whose first line is {@code -- purpose: ...}. Two
 * placeholders are filled in, dbt style: {@code {{ source('silver/service_requests') }}} becomes the
 * pinned snapshot's files, and {@code {{ min_cell }}} the small-cell threshold.
 *
 * <p>A line {@code java/<name>} runs the {@link JavaModel} registered under that name instead (see
 * {@link #JAVA_MODELS}), in the same order and transaction as the SQL models.
 */
final class ModelRunner {
  private static final Logger LOG = LoggerFactory.getLogger(ModelRunner.class);
  private static final String ROOT = "/id/banyuwangi/kampung/warehouse/models/";
  private static final Pattern SOURCE = Pattern.compile("\\{\\{\\s*source\\('([^']+)'\\)\\s*}}");
  private static final Pattern MIN_CELL = Pattern.compile("\\{\\{\\s*min_cell\\s*}}");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?}}");

  private static final String JAVA_PREFIX = "java/";

  /** The Java models a {@code java/<name>} line may name. */
  private static final Map<String, Supplier<JavaModel>> JAVA_MODELS = Map.of(
      ChildGrowthFacts.NAME, ChildGrowthFacts::new);

  /**
   * One model: a SQL file ({@code marts/mart_public_service} is table {@code mart_public_service})
   * or, with {@code java} set, a Java model ({@code java/fact_child_growth}; its sql is only the
   * {@code -- purpose:} header, never run).
   */
  record Model(String path, String sql, JavaModel java) {
    Model(String path, String sql) {
      this(path, sql, null);
    }

    String name() {
      return path.substring(path.lastIndexOf('/') + 1);
    }

    boolean isView() {
      return java == null && sql.lines().limit(5).anyMatch(l -> l.strip().equals("-- materialized: view"));
    }
  }

  private final Function<String, String> sourceRelation;

  /** @param sourceRelation the SQL relation that reads a lake table, by its path under the lake */
  ModelRunner(Function<String, String> sourceRelation) {
    this.sourceRelation = sourceRelation;
  }

  /** The models in run order. */
  static List<Model> models() {
    return read("models.txt").lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .map(path -> path.startsWith(JAVA_PREFIX) ? javaModel(path) : checkPurpose(new Model(path, read(path + ".sql"))))
        .toList();
  }

  private static Model javaModel(String path) {
    String name = path.substring(JAVA_PREFIX.length());
    Supplier<JavaModel> model = JAVA_MODELS.get(name);
    if (model == null) {
      throw new IllegalStateException("no Java model registered as " + path + "; known: " + JAVA_MODELS.keySet());
    }
    JavaModel java = model.get();
    if (!java.name().equals(name)) {
      throw new IllegalStateException("Java model " + path + " creates " + java.name());
    }
    // no SQL to run: the text only declares the purpose, as every model file does
    return new Model(path, "-- purpose: " + java.purpose() + "\n-- java: " + java.getClass().getName() + "\n", java);
  }

  void run(Connection connection, Model model) throws SQLException {
    if (model.java() != null) {
      runJava(connection, model);
      return;
    }
    String kind = model.isView() ? "VIEW" : "TABLE";
    long started = System.nanoTime();
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE " + kind + " " + model.name() + " AS\n" + render(model.sql()));
    } catch (SQLException e) {
      throw new SQLException("model " + model.path() + " failed: " + e.getMessage(), e);
    }
    LOG.debug("model {} created as {} in {} ms", model.name(), kind.toLowerCase(),
        (System.nanoTime() - started) / 1_000_000);
  }

  private static void runJava(Connection connection, Model model) throws SQLException {
    long started = System.nanoTime();
    try {
      model.java().create(connection);
    } catch (SQLException | RuntimeException e) {
      throw new SQLException("model " + model.path() + " failed: " + e.getMessage(), e);
    }
    // a Java model must leave exactly its table behind, like CREATE TABLE name AS ...
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT count(*) FROM information_schema.tables"
            + " WHERE table_schema = 'main' AND table_name = '" + model.name().replace("'", "''") + "'")) {
      rs.next();
      if (rs.getLong(1) != 1) {
        throw new SQLException("model " + model.path() + " did not create table " + model.name());
      }
    }
    LOG.debug("model {} created by Java in {} ms", model.name(), (System.nanoTime() - started) / 1_000_000);
  }

  String render(String sql) {
    String rendered = SOURCE.matcher(sql).replaceAll(m -> Matcher.quoteReplacement(sourceRelation.apply(m.group(1))));
    rendered = MIN_CELL.matcher(rendered).replaceAll(Integer.toString(Indicator.MIN_CELL));
    Matcher unknown = PLACEHOLDER.matcher(rendered);
    if (unknown.find()) {
      throw new IllegalStateException("unknown placeholder " + unknown.group());
    }
    return rendered.strip().replaceAll(";$", "");
  }

  private static Model checkPurpose(Model model) {
    if (!model.sql().startsWith("-- purpose: ")) {
      throw new IllegalStateException("model " + model.path() + " must start with '-- purpose: ...'");
    }
    return model;
  }

  private static String read(String resource) {
    try (InputStream in = ModelRunner.class.getResourceAsStream(ROOT + resource)) {
      if (in == null) {
        throw new IllegalStateException("model resource missing: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
