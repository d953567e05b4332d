package id.banyuwangi.kampung.app;

import id.banyuwangi.kampung.ingestion.SourceLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The near-limit reference for the ingest: DuckDB converting the same source files to Parquet with
 * no validation at all (every kiosk field as text, every CSV column as text, bad lines skipped),
 * the way docs/STACK.md found fastest (columns given, insertion order not kept, a table first,
 * then one COPY). Files the generator broke whole (a truncated gzip, a binary file) are left out:
 * DuckDB stops at them, where ingestion quarantines them.
 */
final class DuckDbReference {
  private static final String KIOSK_COLUMNS = "{schema: 'VARCHAR', event_id: 'VARCHAR', txn_id: 'VARCHAR',"
      + " kiosk_id: 'VARCHAR', village_code: 'VARCHAR', event_type: 'VARCHAR', event_at: 'VARCHAR',"
      + " service_code: 'VARCHAR', channel: 'VARCHAR', citizen: 'JSON', fee_idr: 'VARCHAR', rating: 'VARCHAR',"
      + " reason: 'VARCHAR'}";

  private DuckDbReference() {}

  /** Converts every source directory under {@code sources} to {@code out/<dir>.parquet}; the rows written. */
  static long convert(Path sources, Path out) throws IOException, SQLException {
    Files.createDirectories(out);
    long rows = 0;
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = db.createStatement()) {
      s.execute("SET preserve_insertion_order = false");
      for (String dir : SourceLayout.directories()) {
        List<Path> files = files(sources, dir);
        if (files.isEmpty()) {
          continue;
        }
        String list = files.stream().map(f -> "'" + f.toString().replace("'", "''") + "'")
            .collect(Collectors.joining(", ", "[", "]"));
        String read = dir.equals("kiosk")
            ? "read_json(" + list + ", format = 'newline_delimited', ignore_errors = true, columns = " + KIOSK_COLUMNS + ")"
            : "read_csv(" + list + ", union_by_name = true, all_varchar = true, ignore_errors = true)";
        s.execute("CREATE OR REPLACE TABLE t AS SELECT * FROM " + read);
        s.execute("COPY t TO '" + out.resolve(dir + ".parquet") + "' (FORMAT parquet)");
        try (var rs = s.executeQuery("SELECT count(*) FROM t")) {
          rs.next();
          rows += rs.getLong(1);
        }
      }
    }
    return rows;
  }

  /** The source files of {@code dir} but those the generator's fault list breaks as a whole. */
  private static List<Path> files(Path sources, String dir) throws IOException {
    Path path = sources.resolve(dir);
    if (!Files.isDirectory(path)) {
      return List.of();
    }
    Set<String> broken = brokenFiles(sources.resolve("_generator").resolve(dir + "_faults.csv"));
    try (Stream<Path> listed = Files.list(path)) {
      return listed.filter(f -> SourceLayout.isSourceFile(dir, f.getFileName().toString()))
          .filter(Files::isRegularFile)
          .filter(f -> !broken.contains(f.getFileName().toString()))
          .sorted().toList();
    }
  }

  /** The files a fault list names without a line number: faults of the whole file. */
  private static Set<String> brokenFiles(Path faults) throws IOException {
    if (!Files.exists(faults)) {
      return Set.of();
    }
    try (Stream<String> lines = Files.lines(faults)) {
      return lines.skip(1).map(l -> l.split(",", -1)).filter(f -> f.length > 1 && f[1].isEmpty())
          .map(f -> f[0]).collect(Collectors.toSet());
    }
  }
}
