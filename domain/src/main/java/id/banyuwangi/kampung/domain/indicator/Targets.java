package id.banyuwangi.kampung.domain.indicator;

import id.banyuwangi.kampung.domain.reference.ReferenceData;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The published targets an indicator is compared with ({@code catalog/targets.csv}: indicator_code,
 * year, target, source), such as the national stunting target of 14% for 2024. Configuration, not
 * data: a target is in the indicator's own unit and says where it was published.
 */
public final class Targets {
  /** One target: the value the indicator should reach in the year, and the regulation or plan that set it. */
  public record Target(String indicatorCode, int year, double value, String source) {}

  private static final String FILE = "targets.csv";
  private static final String RESOURCE = "/id/banyuwangi/kampung/catalog/" + FILE;

  private final Map<String, Target> byKey;

  private Targets(List<Target> targets) {
    Map<String, Target> map = new LinkedHashMap<>();
    for (Target t : targets) {
      if (map.put(key(t.indicatorCode(), t.year()), t) != null) {
        throw new IllegalStateException(FILE + ": two targets for " + t.indicatorCode() + " in " + t.year());
      }
    }
    this.byKey = map;
  }

  private static final class Holder {
    private static final Targets SHIPPED = shipped();
  }

  /** The shipped targets. */
  public static Targets standard() {
    return Holder.SHIPPED;
  }

  /** The {@code targets.csv} of a catalog directory, or the shipped one when the directory has none. */
  public static Targets load(Path catalogDirectory) {
    Path file = catalogDirectory.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return standard();
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** The target of an indicator for a year, if one is configured. */
  public Optional<Target> find(String indicatorCode, int year) {
    return Optional.ofNullable(byKey.get(key(indicatorCode, year)));
  }

  public List<Target> all() {
    return List.copyOf(byKey.values());
  }

  private static Targets shipped() {
    InputStream in = Targets.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("catalog file missing from the classpath: " + FILE);
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return parse(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FILE, e);
    }
  }

  private static Targets parse(Reader reader) throws IOException {
    try (CSVParser parser = ReferenceData.headerCsv().parse(reader)) {
      return new Targets(parser.getRecords().stream().map(Targets::target).toList());
    }
  }

  private static Target target(CSVRecord r) {
    try {
      return new Target(r.get("indicator_code"), Integer.parseInt(r.get("year")), Double.parseDouble(r.get("target")),
          r.get("source"));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(FILE + " line " + r.getRecordNumber() + ": " + e.getMessage(), e);
    }
  }

  private static String key(String code, int year) {
    return code + "@" + year;
  }
}
