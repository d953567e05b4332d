package id.banyuwangi.kampung.warehouse.internal.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The warehouse's models as dbt would see them: every {@code <folder>/<name>.sql} with the
 * {@code <name>.yml} beside it, the Java models and seeds named by a {@code .yml} alone, the macros
 * under {@code macros/}, and {@code project.yml}'s materialisation per folder. The run order is
 * derived from the models' {@code ref()}s (no hand-kept list): a model runs after everything it
 * refers to; ties go by folder (as {@code project.yml} lists them), then by name.
 */
public final class Project {
  public static final String ROOT = "id/banyuwangi/kampung/warehouse/models/";
  private static final Pattern REF = Pattern.compile("\\{\\{\\s*ref\\('([a-z][a-z0-9_]*)'\\)\\s*}}");
  private static final Pattern SOURCE = Pattern.compile("\\{\\{\\s*source\\('([a-z_]+/[a-z0-9_]+)'\\)\\s*}}");
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");
  private static final String PURPOSE = "-- purpose: ";

  private final List<Model> ordered;
  private final Map<String, Model> byName;
  private final List<String> macros;

  private Project(List<Model> ordered, List<String> macros) {
    this.ordered = List.copyOf(ordered);
    this.byName = new LinkedHashMap<>();
    ordered.forEach(m -> byName.put(m.name(), m));
    this.macros = List.copyOf(macros);
  }

  /** The shipped project, with the given Java models and seeds by name. */
  public static Project load(Map<String, JavaModel> javaModels) {
    return load(new ResourceTree(ROOT), javaModels);
  }

  static Project load(ResourceTree tree, Map<String, JavaModel> javaModels) {
    List<String> files = tree.files();
    Map<String, Materialization> byFolder = folders(tree.read("project.yml"));
    List<String> macros = new ArrayList<>();
    Map<String, String> sql = new TreeMap<>();
    Map<String, String> yml = new TreeMap<>();
    Map<String, String> folderOf = new HashMap<>();
    for (String file : files) {
      if (file.equals("project.yml") || file.endsWith(".md")) {
        continue;
      }
      int slash = file.indexOf('/');
      if (slash < 0 || file.indexOf('/', slash + 1) >= 0) {
        throw new IllegalStateException("model file " + file + " must sit in exactly one folder");
      }
      String folder = file.substring(0, slash);
      String base = file.substring(slash + 1);
      if (folder.equals("macros")) {
        macros.add(tree.read(file));
        continue;
      }
      if (!byFolder.containsKey(folder)) {
        throw new IllegalStateException("folder " + folder + " of " + file + " is not declared in project.yml");
      }
      String name = base.replaceFirst("\\.(sql|yml)$", "");
      if (name.equals(base) || !NAME.matcher(name).matches()) {
        throw new IllegalStateException("model file " + file + " must be <name>.sql or <name>.yml, name in [a-z0-9_]");
      }
      String previous = folderOf.putIfAbsent(name, folder);
      if (previous != null && !previous.equals(folder)) {
        throw new IllegalStateException("model " + name + " is in two folders: " + previous + " and " + folder);
      }
      (base.endsWith(".sql") ? sql : yml).put(name, tree.read(file));
    }
    Map<String, ModelSchema> schemas = new TreeMap<>();
    yml.forEach((name, text) -> schemas.put(name, ModelSchema.parse(name, text)));
    List<Model> models = new ArrayList<>();
    for (String name : yml.keySet()) {
      ModelSchema schema = inheritColumns(name, schemas);
      String folder = folderOf.get(name);
      models.add(sql.containsKey(name)
          ? sqlModel(name, folder, sql.get(name), schema, byFolder.get(folder))
          : javaModel(name, folder, schema, javaModels));
    }
    for (String name : sql.keySet()) {
      if (!yml.containsKey(name)) {
        throw new IllegalStateException("model " + name + " has no " + name + ".yml beside it (columns and tests)");
      }
    }
    for (String name : javaModels.keySet()) {
      if (!yml.containsKey(name)) {
        throw new IllegalStateException("Java model " + name + " has no " + name + ".yml");
      }
    }
    List<String> folderOrder = new ArrayList<>(byFolder.keySet());
    return new Project(order(models, folderOrder), macros);
  }

  private static ModelSchema inheritColumns(String name, Map<String, ModelSchema> schemas) {
    ModelSchema schema = schemas.get(name);
    if (schema.columnsFrom().isEmpty()) {
      return schema;
    }
    String from = schema.columnsFrom().get().model();
    ModelSchema source = schemas.get(from);
    if (source == null || source.columnsFrom().isPresent()) {
      throw new IllegalStateException("model " + name + ": columns_from " + from
          + " must name a model whose .yml lists its columns");
    }
    return schema.withColumnsOf(source);
  }

  private static Model sqlModel(String name, String folder, String sql, ModelSchema schema,
      Materialization folderDefault) {
    if (!sql.startsWith(PURPOSE)) {
      throw new IllegalStateException("model " + name + " must start with '" + PURPOSE + "...'");
    }
    String purpose = sql.lines().findFirst().orElseThrow().substring(PURPOSE.length()).strip();
    Materialization materialization = schema.materialized().map(Materialization::parse).orElse(folderDefault);
    return new Model(name, folder, materialization, sql, purpose, matches(REF, sql), matches(SOURCE, sql), schema, null);
  }

  private static Model javaModel(String name, String folder, ModelSchema schema, Map<String, JavaModel> javaModels) {
    JavaModel java = javaModels.get(name);
    String kind = schema.kind().orElseThrow(() -> new IllegalStateException(
        "model " + name + " has a .yml but no .sql: its .yml must say kind: seed or kind: java"));
    if (java == null) {
      throw new IllegalStateException("model " + name + " is declared kind: " + kind + " but no Java model of that name is registered");
    }
    Materialization m = Materialization.parse(kind);
    if (m != Materialization.SEED && m != Materialization.JAVA) {
      throw new IllegalStateException("model " + name + ": kind must be seed or java, not " + kind);
    }
    return new Model(name, folder, m, null, java.purpose(), java.refs(), Set.of(), schema, java);
  }

  /** Kahn's algorithm; among the models ready to run, the earliest folder, then the name. */
  private static List<Model> order(List<Model> models, List<String> folderOrder) {
    Map<String, Model> byName = new HashMap<>();
    models.forEach(m -> byName.put(m.name(), m));
    Map<String, Integer> waitingOn = new HashMap<>();
    Map<String, List<String>> dependents = new HashMap<>();
    for (Model m : models) {
      for (String ref : m.refs()) {
        if (!byName.containsKey(ref)) {
          throw new IllegalStateException("model " + m.name() + " refers to unknown model " + ref);
        }
        dependents.computeIfAbsent(ref, r -> new ArrayList<>()).add(m.name());
      }
      waitingOn.put(m.name(), m.refs().size());
    }
    Comparator<Model> tie = Comparator.<Model>comparingInt(m -> folderOrder.indexOf(m.folder()))
        .thenComparing(Model::name);
    TreeSet<Model> ready = new TreeSet<>(tie);
    models.stream().filter(m -> m.refs().isEmpty()).forEach(ready::add);
    List<Model> ordered = new ArrayList<>();
    while (!ready.isEmpty()) {
      Model next = ready.pollFirst();
      ordered.add(next);
      for (String d : dependents.getOrDefault(next.name(), List.of())) {
        if (waitingOn.merge(d, -1, Integer::sum) == 0) {
          ready.add(byName.get(d));
        }
      }
    }
    if (ordered.size() != models.size()) {
      Set<String> stuck = new TreeSet<>(byName.keySet());
      ordered.forEach(m -> stuck.remove(m.name()));
      throw new IllegalStateException("the models' refs form a cycle among " + stuck);
    }
    return ordered;
  }

  private static Map<String, Materialization> folders(String projectYml) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(projectYml);
    } catch (IOException e) {
      throw new UncheckedIOException("project.yml does not parse", e);
    }
    Map<String, Materialization> folders = new LinkedHashMap<>();
    root.path("materialized").fields().forEachRemaining(e -> folders.put(e.getKey(), Materialization.parse(e.getValue().asText())));
    if (folders.isEmpty()) {
      throw new IllegalStateException("project.yml declares no folders under 'materialized'");
    }
    return folders;
  }

  private static Set<String> matches(Pattern pattern, String sql) {
    Set<String> found = new LinkedHashSet<>();
    Matcher m = pattern.matcher(sql);
    while (m.find()) {
      found.add(m.group(1));
    }
    return Set.copyOf(found);
  }

  /** All models in run order. */
  public List<Model> models() {
    return ordered;
  }

  public Optional<Model> model(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** The macros' CREATE MACRO statements, run before any model. */
  public List<String> macros() {
    return macros;
  }

  /** The models that refer to {@code name} directly. */
  public List<String> dependents(String name) {
    return ordered.stream().filter(m -> m.refs().contains(name)).map(Model::name).toList();
  }

  /** The lake tables {@code name} reads, directly or through the models it refers to. */
  public Set<String> upstreamSources(String name) {
    return upstreamSources(name, Set.of());
  }

  /**
   * As {@link #upstreamSources(String)}, not looking past the models in {@code stopAt} (the period
   * spine reads every dated source for its extent, not for its data).
   */
  public Set<String> upstreamSources(String name, Set<String> stopAt) {
    Set<String> sources = new TreeSet<>();
    java.util.Set<String> seen = new java.util.HashSet<>(stopAt);
    collectSources(name, sources, seen);
    return sources;
  }

  private void collectSources(String name, Set<String> sources, Set<String> seen) {
    if (!seen.add(name)) {
      return;
    }
    Model m = byName.get(name);
    sources.addAll(m.sources());
    m.refs().forEach(r -> collectSources(r, sources, seen));
  }
}
