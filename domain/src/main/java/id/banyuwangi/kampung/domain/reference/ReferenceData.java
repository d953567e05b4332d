package id.banyuwangi.kampung.domain.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The reference data shipped inside the product (a copy of the public sources listed in
 * {@code reference/PROVENANCE.md}), so nothing depends on a checkout of {@code ../shared}.
 */
public final class ReferenceData {
  private static final String ROOT = "/id/banyuwangi/kampung/reference/";

  private ReferenceData() {}

  /** Opens a reference file by its path under the reference root, e.g. {@code regions/banyuwangi_villages.csv}. */
  public static InputStream open(String relativePath) {
    InputStream in = ReferenceData.class.getResourceAsStream(ROOT + relativePath);
    if (in == null) {
      throw new IllegalStateException("reference file missing from the classpath: " + relativePath);
    }
    return in;
  }

  /** Reads a reference CSV (header row, comma, double quotes) fully into memory. */
  public static List<CSVRecord> csv(String relativePath) {
    try (Reader reader = new InputStreamReader(open(relativePath), StandardCharsets.UTF_8);
        CSVParser parser = headerCsv().parse(reader)) {
      return new ArrayList<>(parser.getRecords());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read reference file " + relativePath, e);
    }
  }

  /** The CSV dialect of every source contract: header row, comma, {@code "} quoting. */
  public static CSVFormat headerCsv() {
    return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
  }
}
