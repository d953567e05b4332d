package id.banyuwangi.kampung.warehouse.internal.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the {@code .yml} beside a model says, in dbt's shape: a description, the columns with their
 * descriptions and data tests, and model-level tests. For a model without SQL, {@code kind} says
 * whether it is a seed (loaded from the catalogs) or a Java model.
 *
 * <pre>
 * description: ...
 * columns:
 *   - name: village_code
 *     description: ...
 *     tests: [not_null, {relationships: {to: dim_region, field: area_code}}]
 * tests:
 *   - unique: {columns: [household_key, survey_year]}
 * </pre>
 */
public record ModelSchema(String description, Optional<String> kind, Optional<String> materialized,
    List<Column> columns, List<TestSpec> tests, Optional<ColumnsFrom> columnsFrom) {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /**
   * {@code columns_from: {model: m, except: [c]}}: the model has m's columns (documented there, and
   * tested there), but those excepted; for models that only pass rows through or union them.
   */
  public record ColumnsFrom(String model, List<String> except) {}

  /** A documented column. */
  public record Column(String name, String description, List<TestSpec> tests) {}

  /**
   * One declared data test: its kind ({@code not_null}, {@code unique}, ...), the column it is
   * declared on (empty for a model-level test) and its arguments.
   */
  public record TestSpec(String kind, Optional<String> column, JsonNode args) {
    public Optional<String> text(String key) {
      JsonNode v = args.get(key);
      return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
    }

    public List<String> list(String key) {
      List<String> values = new ArrayList<>();
      JsonNode v = args.get(key);
      if (v != null) {
        v.forEach(e -> values.add(e.asText()));
      }
      return values;
    }
  }

  static ModelSchema parse(String model, String yml) {
    JsonNode root;
    try {
      root = YAML.readTree(yml);
    } catch (IOException e) {
      throw new IllegalStateException("model " + model + ": its .yml does not parse: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalStateException("model " + model + ": its .yml must be a mapping");
    }
    List<Column> columns = new ArrayList<>();
    for (JsonNode c : root.path("columns")) {
      String name = required(model, c, "name");
      columns.add(new Column(name, c.path("description").asText(""), tests(model, c.path("tests"), Optional.of(name))));
    }
    Optional<ColumnsFrom> from = Optional.empty();
    JsonNode cf = root.get("columns_from");
    if (cf != null) {
      List<String> except = new ArrayList<>();
      cf.path("except").forEach(e -> except.add(e.asText()));
      from = Optional.of(new ColumnsFrom(cf.path("model").asText(), List.copyOf(except)));
      if (!columns.isEmpty()) {
        throw new IllegalStateException("model " + model + ": give either columns or columns_from, not both");
      }
    }
    return new ModelSchema(root.path("description").asText(""), optional(root, "kind"),
        optional(root, "materialized"), List.copyOf(columns), tests(model, root.path("tests"), Optional.empty()), from);
  }

  /** This schema with the columns of {@code source}'s schema, less the excepted, and without their tests. */
  ModelSchema withColumnsOf(ModelSchema source) {
    List<String> except = columnsFrom.map(ColumnsFrom::except).orElse(List.of());
    List<Column> inherited = source.columns().stream().filter(c -> !except.contains(c.name()))
        .map(c -> new Column(c.name(), c.description(), List.of())).toList();
    return new ModelSchema(description, kind, materialized, inherited, tests, columnsFrom);
  }

  /** A test is a bare name ({@code not_null}) or a one-key mapping to its arguments. */
  private static List<TestSpec> tests(String model, JsonNode node, Optional<String> column) {
    List<TestSpec> tests = new ArrayList<>();
    for (JsonNode t : node) {
      if (t.isTextual()) {
        tests.add(new TestSpec(t.asText(), column, JsonNodeFactory.instance.objectNode()));
      } else if (t.isObject() && t.size() == 1) {
        Iterator<Map.Entry<String, JsonNode>> only = t.fields();
        Map.Entry<String, JsonNode> e = only.next();
        JsonNode args = e.getValue().isObject() ? e.getValue() : wrap(e.getValue());
        tests.add(new TestSpec(e.getKey(), column, args));
      } else {
        throw new IllegalStateException("model " + model + ": a test must be a name or a one-key mapping: " + t);
      }
    }
    return List.copyOf(tests);
  }

  /** {@code unique: [a, b]} is short for {@code unique: {columns: [a, b]}}. */
  private static JsonNode wrap(JsonNode value) {
    ObjectNode args = JsonNodeFactory.instance.objectNode();
    args.set(value.isArray() ? "columns" : "value", value);
    return args;
  }

  private static String required(String model, JsonNode node, String key) {
    JsonNode v = node.get(key);
    if (v == null || v.asText().isBlank()) {
      throw new IllegalStateException("model " + model + ": a column entry lacks '" + key + "'");
    }
    return v.asText();
  }

  private static Optional<String> optional(JsonNode node, String key) {
    JsonNode v = node.get(key);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
  }

  public Optional<Column> column(String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** Every test, the column-level ones first. */
  public List<TestSpec> allTests() {
    List<TestSpec> all = new ArrayList<>();
    columns.forEach(c -> all.addAll(c.tests()));
    all.addAll(tests);
    return all;
  }
}
