package id.banyuwangi.kampung.warehouse.internal.project;

import java.util.List;
import java.util.Set;

/**
 * One node of the project: a SQL model ({@code staging/stg_idm.sql}), a Java model or a seed,
 * with what it refers to and its documentation.
 *
 * @param folder the folder it lives in (staging, intermediate, marts, public, seeds), which sets its
 *     materialisation unless its schema says otherwise
 * @param sql the model's SQL as written (null for Java models and seeds)
 * @param refs the models it reads ({@code ref('...')}, or a Java model's declared inputs)
 * @param sources the lake tables it reads ({@code source('silver/...')})
 */
public record Model(String name, String folder, Materialization materialization, String sql, String purpose,
    Set<String> refs, Set<String> sources, ModelSchema schema, JavaModel java) {

  public boolean isSql() {
    return sql != null;
  }

  /** The model's documented column names, in the order of its .yml. */
  public List<String> documentedColumns() {
    return schema.columns().stream().map(ModelSchema.Column::name).toList();
  }
}
