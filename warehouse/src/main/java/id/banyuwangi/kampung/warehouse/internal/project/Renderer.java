package id.banyuwangi.kampung.warehouse.internal.project;

import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills in a model's placeholders, dbt style: {@code {{ ref('stg_idm') }}} becomes the model's
 * relation, {@code {{ source('silver/idm') }}} the pinned lake table as a typed relation, and
 * {@code {{ var('min_cell') }}} the build's variable. Anything else in {@code {{ }}} fails.
 */
public final class Renderer {
  private static final Pattern REF = Pattern.compile("\\{\\{\\s*ref\\('([a-z][a-z0-9_]*)'\\)\\s*}}");
  private static final Pattern SOURCE = Pattern.compile("\\{\\{\\s*source\\('([^']+)'\\)\\s*}}");
  private static final Pattern VAR = Pattern.compile("\\{\\{\\s*var\\('([a-z_]+)'\\)\\s*}}");
  private static final Pattern ANY = Pattern.compile("\\{\\{.*?}}");

  private final Function<String, String> sourceRelation;
  private final Map<String, String> vars;

  /** @param sourceRelation the SQL relation that reads a lake table, by its path under the lake */
  public Renderer(Function<String, String> sourceRelation, Map<String, String> vars) {
    this.sourceRelation = sourceRelation;
    this.vars = Map.copyOf(vars);
  }

  public String render(String modelName, String sql) {
    String out = REF.matcher(sql).replaceAll(m -> Matcher.quoteReplacement(Identifiers.quote(m.group(1))));
    out = SOURCE.matcher(out).replaceAll(m -> Matcher.quoteReplacement(sourceRelation.apply(m.group(1))));
    out = VAR.matcher(out).replaceAll(m -> {
      String value = vars.get(m.group(1));
      if (value == null) {
        throw new IllegalStateException("model " + modelName + " reads unknown var '" + m.group(1) + "'; known: "
            + vars.keySet());
      }
      return Matcher.quoteReplacement(value);
    });
    Matcher unknown = ANY.matcher(out);
    if (unknown.find()) {
      throw new IllegalStateException("model " + modelName + ": unknown placeholder " + unknown.group());
    }
    return out.strip().replaceAll(";$", "");
  }
}
