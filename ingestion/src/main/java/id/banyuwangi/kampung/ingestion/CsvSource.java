package id.banyuwangi.kampung.ingestion;

import id.banyuwangi.kampung.domain.lake.CsvSourceFormat;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.types.StructType;

/**
 * One CSV source of the contract (sections 2-9): its format and tables as the lake contract declares
 * them ({@link CsvSourceFormat}: directory, required header, identifying columns, bronze and silver
 * tables), and the validation of one row. A subclass is only the row rules: the reading, bronze,
 * quarantine and the replacing MERGE are generic ({@link CsvFileReader}, {@link CsvIngest}).
 */
abstract class CsvSource {
  static final Set<String> SEXES = Set.of("L", "P");

  private final CsvSourceFormat format;
  private final StructType columns;

  /** @param format the source's format and tables, as the lake contract declares them */
  CsvSource(CsvSourceFormat format) {
    this.format = format;
    this.columns = SparkSchemas.of(format.dataColumns());
  }

  /**
   * Reads and checks one row: the silver data column values in {@link #columns()} order, as Java
   * values (String, Integer, Long, Double, Boolean, LocalDate). Problems are recorded on the row;
   * the values matter only when it has none.
   */
  abstract Object[] values(CsvRecord row);

  String dir() {
    return format.dir();
  }

  List<String> header() {
    return format.header();
  }

  /** The silver data columns (without lineage). */
  StructType columns() {
    return columns;
  }

  List<String> key() {
    return format.silver().key();
  }

  /** Columns whose values identify a person: never echoed in a reason detail. */
  Set<String> personal() {
    return Set.copyOf(format.identifiers());
  }

  String silverTable() {
    return format.silver().path();
  }

  String bronzeTable() {
    return format.bronze().path();
  }

  /** The silver table's schema: the data columns, then {@code source_file}, {@code line_no}, {@code ingest_run_id}. */
  StructType silverSchema() {
    return SparkSchemas.of(format.silver());
  }
}
