package id.banyuwangi.kampung.ingestion;

import java.util.List;
import java.util.Set;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * One CSV source of the contract (sections 2-9): its directory, the header columns it requires, its
 * silver table (columns, key) and the validation of one row. A subclass is only the row rules: the
 * reading, bronze, quarantine and the replacing MERGE are generic ({@link CsvFileReader},
 * {@link CsvIngest}).
 */
abstract class CsvSource {
  static final Set<String> SEXES = Set.of("L", "P");

  private final String dir;
  private final String table;
  private final List<String> header;
  private final StructType columns;
  private final List<String> key;
  private final Set<String> personal;

  /**
   * @param dir the source directory under {@code --source} (also quarantine's {@code source})
   * @param table the silver table name ({@code silver/<table>}, {@code bronze/<table>_lines})
   * @param header the columns the header must have (the contract's columns)
   * @param columnsDdl the silver data columns, in order (lineage columns are added)
   * @param key the silver key columns
   * @param personal columns whose values never appear in a reason detail
   */
  CsvSource(String dir, String table, List<String> header, String columnsDdl, List<String> key,
      Set<String> personal) {
    this.dir = dir;
    this.table = table;
    this.header = List.copyOf(header);
    this.columns = StructType.fromDDL(columnsDdl);
    this.key = List.copyOf(key);
    this.personal = Set.copyOf(personal);
  }

  /**
   * Reads and checks one row: the silver data column values in {@link #columns()} order, as Java
   * values (String, Integer, Long, Double, Boolean, LocalDate). Problems are recorded on the row;
   * the values matter only when it has none.
   */
  abstract Object[] values(CsvRecord row);

  String dir() {
    return dir;
  }

  List<String> header() {
    return header;
  }

  /** The silver data columns (without lineage). */
  StructType columns() {
    return columns;
  }

  List<String> key() {
    return key;
  }

  Set<String> personal() {
    return personal;
  }

  String silverTable() {
    return "silver/" + table;
  }

  String bronzeTable() {
    return "bronze/" + table + "_lines";
  }

  /** The silver table's schema: the data columns, then {@code source_file}, {@code line_no}, {@code ingest_run_id}. */
  StructType silverSchema() {
    return columns
        .add("source_file", DataTypes.StringType)
        .add("line_no", DataTypes.LongType)
        .add("ingest_run_id", DataTypes.StringType);
  }
}
