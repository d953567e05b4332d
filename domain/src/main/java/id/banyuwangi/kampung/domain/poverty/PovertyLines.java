package id.banyuwangi.kampung.domain.poverty;

import id.banyuwangi.kampung.domain.reference.ReferenceData;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The regency's official poverty line per survey year, in rupiah per capita per month. Shipped with
 * the published BPS values ({@code catalog/poverty_lines.csv}); a planner may override or add years
 * with a file of the same shape.
 */
public final class PovertyLines {
  private static final String SHIPPED = "/id/banyuwangi/kampung/catalog/poverty_lines.csv";

  private final Map<Integer, Long> byYear;

  private PovertyLines(Map<Integer, Long> byYear) {
    this.byYear = byYear;
  }

  public static PovertyLines shipped() {
    try (InputStream in = PovertyLines.class.getResourceAsStream(SHIPPED)) {
      return new PovertyLines(read(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The shipped lines with the years of {@code overrides} replaced or added. */
  public static PovertyLines shippedWith(Path overrides) throws IOException {
    Map<Integer, Long> lines = new TreeMap<>(shipped().byYear);
    try (Reader r = Files.newBufferedReader(overrides)) {
      lines.putAll(read(r));
    }
    return new PovertyLines(lines);
  }

  private static Map<Integer, Long> read(Reader reader) throws IOException {
    Map<Integer, Long> lines = new TreeMap<>();
    try (CSVParser p = ReferenceData.headerCsv().parse(reader)) {
      for (CSVRecord r : p) {
        long line = Long.parseLong(r.get("poverty_line_idr_per_capita_month"));
        if (line <= 0) {
          throw new IllegalArgumentException("poverty line must be positive for year " + r.get("year"));
        }
        lines.put(Integer.parseInt(r.get("year")), line);
      }
    }
    return lines;
  }

  public Optional<Long> forYear(int year) {
    return Optional.ofNullable(byYear.get(year));
  }

  public Map<Integer, Long> all() {
    return java.util.Collections.unmodifiableMap(byYear);
  }
}
