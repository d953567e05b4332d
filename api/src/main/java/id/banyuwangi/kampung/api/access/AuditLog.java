package id.banyuwangi.kampung.api.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every keyed request, written twice: a structured line on the logger {@code kampung.audit} and a
 * row of a CSV table beside the key store ({@code KEYS_FILE.audit.csv}) that a data officer queries
 * with DuckDB: {@code SELECT * FROM read_csv('kampung.duckdb.keys.audit.csv')}. Columns: time
 * (UTC), key (its name, or {@code unknown} for a key not in the store), method, endpoint,
 * parameters (the query string), status. The key itself is never written.
 */
public final class AuditLog {
  private static final Logger LOG = LoggerFactory.getLogger("kampung.audit");
  static final String[] COLUMNS = {"time", "key", "method", "endpoint", "parameters", "status"};
  public static final String UNKNOWN_KEY = "unknown";

  private final Path table;

  public AuditLog(Path table) {
    this.table = table;
  }

  /** The audit table of a key store: {@code KEYS_FILE.audit.csv}. */
  public static Path besideKeys(Path keysFile) {
    return keysFile.resolveSibling(keysFile.getFileName() + ".audit.csv");
  }

  public Path table() {
    return table;
  }

  public synchronized void record(Instant time, String keyName, String method, String endpoint, String parameters,
      int status) {
    String params = parameters == null ? "" : parameters;
    LOG.info("audit time={} key={} method={} endpoint={} parameters={} status={}", time, keyName, method, endpoint,
        params, status);
    try {
      boolean fresh = !Files.exists(table) || Files.size(table) == 0;
      try (Writer out = Files.newBufferedWriter(table, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
          CSVPrinter csv = new CSVPrinter(out, fresh ? CSVFormat.RFC4180.builder().setHeader(COLUMNS).build() : CSVFormat.RFC4180)) {
        csv.printRecord(time, keyName, method, endpoint, params, status);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the audit table " + table, e);
    }
  }
}
