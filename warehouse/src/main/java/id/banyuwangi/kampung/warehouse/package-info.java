/**
 * The warehouse: DuckDB marts built from a pinned Delta snapshot of the lake's silver tables,
 * without Spark.
 *
 * <p>{@link id.banyuwangi.kampung.warehouse.WarehouseBuilder} is the entry point. It pins each
 * table with {@code DeltaSnapshot} (Delta Kernel: version and active Parquet files), loads the
 * dimensions from the domain catalogs ({@code Dimensions}), runs the SQL models under
 * {@code models/} ({@code ModelRunner}: staging, intermediate, marts, in the order of
 * {@code models.txt}) and publishes the file atomically ({@code WarehouseFile}).
 */
package id.banyuwangi.kampung.warehouse;
