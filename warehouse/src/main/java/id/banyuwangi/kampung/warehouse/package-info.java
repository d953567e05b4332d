/**
 * The warehouse: DuckDB marts built from a pinned Delta snapshot of the lake's silver tables,
 * without Spark.
 *
 * <p>A few public nouns: {@link id.banyuwangi.kampung.warehouse.WarehouseBuilder} (the entry point)
 * with its {@link id.banyuwangi.kampung.warehouse.BuildOptions} and
 * {@link id.banyuwangi.kampung.warehouse.BuildSummary}, {@link id.banyuwangi.kampung.warehouse.WarehouseFile}
 * (the published file) and the refusals. The machinery is under {@code internal/}: {@code lake}
 * pins each silver table with Delta Kernel (version and active Parquet files); {@code seed} loads
 * the dimensions from the domain catalogs; {@code project} is a dbt-like project over the SQL
 * models under {@code models/} (staging, intermediate, marts, public; {@code ref()} decides the
 * order, each model's {@code .yml} beside it holds its column docs and data tests); {@code datatest}
 * runs those tests on every build; {@code disclosure} decides the cells public outputs hide;
 * {@code docs} renders the project's documentation site.
 */
package id.banyuwangi.kampung.warehouse;
