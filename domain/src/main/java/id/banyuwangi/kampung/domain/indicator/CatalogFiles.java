package id.banyuwangi.kampung.domain.indicator;

import id.banyuwangi.kampung.domain.development.IdmStatus;
import id.banyuwangi.kampung.domain.development.IndeksDesaStatus;
import id.banyuwangi.kampung.domain.reference.ReferenceData;
import id.banyuwangi.kampung.domain.service.ServiceCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Where the catalog's files (four CSVs and {@code disclosure.properties}) are read from: the shipped resources under {@code catalog/}, or a
 * directory whose files take their place (a missing file falls back to the shipped one).
 */
final class CatalogFiles {
  private static final String RESOURCES = "/id/banyuwangi/kampung/catalog/";
  private static final String MEMBERS_FILE = "breakdown_members.csv";
  private static final String DISCLOSURE_FILE = "disclosure.properties";

  /** Member lists kept elsewhere in the domain, by the name breakdowns.csv gives in {@code members}. */
  private static final Map<String, Supplier<List<Breakdown.Member>>> MEMBER_SOURCES = Map.of(
      "service_catalog", () -> ServiceCatalog.standard().all().stream()
          .map(s -> new Breakdown.Member(s.code(), s.nameId(), s.nameEn())).toList(),
      "idm_status", () -> bestFirst(Arrays.stream(IdmStatus.values())
          .map(s -> new Breakdown.Member(s.name(), s.nameId(), s.nameEn())).toList()),
      "indeks_desa_status", () -> bestFirst(Arrays.stream(IndeksDesaStatus.values())
          .map(s -> new Breakdown.Member(s.name(), s.nameId(), s.nameEn())).toList()));

  private final Path directory; // null: the shipped resources only

  private CatalogFiles(Path directory) {
    this.directory = directory;
  }

  static CatalogFiles shipped() {
    return new CatalogFiles(null);
  }

  static CatalogFiles in(Path directory) {
    if (!Files.isRegularFile(directory.resolve("indicators.csv"))) {
      throw new IllegalArgumentException("no indicators.csv in the catalog directory " + directory);
    }
    return new CatalogFiles(directory);
  }

  IndicatorCatalog load() {
    Map<String, Measure> measures = new LinkedHashMap<>();
    for (CSVRecord r : records("measures.csv")) {
      measures.put(r.get("name"), new Measure(r.get("name"), r.get("description"), r.get("unit"),
          MeasureKind.valueOf(r.get("kind")), PeriodBoundary.parse(r.get("boundary")), r.get("model")));
    }
    Map<String, List<Breakdown.Member>> listed = new LinkedHashMap<>();
    for (CSVRecord r : records(MEMBERS_FILE)) {
      listed.computeIfAbsent(r.get("breakdown"), b -> new ArrayList<>())
          .add(new Breakdown.Member(r.get("member"), r.get("name_id"), r.get("name_en")));
    }
    Map<String, Breakdown> breakdowns = new LinkedHashMap<>();
    for (CSVRecord r : records("breakdowns.csv")) {
      String code = r.get("code");
      List<Breakdown.Member> members = members(code, r.get("members"), listed);
      breakdowns.put(code, new Breakdown(code, r.get("name_id"), r.get("name_en"),
          Boolean.parseBoolean(r.get("partition")), members));
    }
    Map<String, Indicator> indicators = new LinkedHashMap<>();
    for (CSVRecord r : records("indicators.csv")) {
      Indicator indicator = IndicatorCatalog.parseIndicator(r);
      if (indicators.put(indicator.code(), indicator) != null) {
        throw new IllegalStateException("indicator " + indicator.code() + " is declared twice");
      }
    }
    return new IndicatorCatalog(indicators, measures, breakdowns, minCell());
  }

  /** {@code disclosure.properties}' {@code min_cell}: the small-cell threshold, at least 1. */
  private int minCell() {
    Properties disclosure = new Properties();
    try (Reader reader = open(DISCLOSURE_FILE)) {
      disclosure.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the catalog file " + DISCLOSURE_FILE, e);
    }
    String value = disclosure.getProperty("min_cell", "").strip();
    try {
      int minCell = Integer.parseInt(value);
      if (minCell >= 1) {
        return minCell;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalStateException(DISCLOSURE_FILE + ": min_cell must be a whole number of at least 1, not '" + value + "'");
  }

  private static List<Breakdown.Member> members(String breakdown, String source,
      Map<String, List<Breakdown.Member>> listed) {
    if (source.equals(MEMBERS_FILE)) {
      List<Breakdown.Member> members = listed.get(breakdown);
      if (members == null) {
        throw new IllegalStateException("breakdown " + breakdown + " has no members in " + MEMBERS_FILE);
      }
      return members;
    }
    Supplier<List<Breakdown.Member>> members = MEMBER_SOURCES.get(source);
    if (members == null) {
      throw new IllegalStateException("breakdown " + breakdown + ": unknown member source " + source
          + " (use " + MEMBERS_FILE + " or one of " + MEMBER_SOURCES.keySet() + ")");
    }
    return members.get();
  }

  /** The status enums are declared lowest first; breakdowns list the best first. */
  private static List<Breakdown.Member> bestFirst(List<Breakdown.Member> lowestFirst) {
    List<Breakdown.Member> members = new ArrayList<>(lowestFirst);
    Collections.reverse(members);
    return members;
  }

  private List<CSVRecord> records(String file) {
    try (Reader reader = open(file); CSVParser parser = ReferenceData.headerCsv().parse(reader)) {
      return parser.getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the catalog file " + file, e);
    }
  }

  private Reader open(String file) throws IOException {
    if (directory != null && Files.isRegularFile(directory.resolve(file))) {
      return Files.newBufferedReader(directory.resolve(file), StandardCharsets.UTF_8);
    }
    InputStream in = CatalogFiles.class.getResourceAsStream(RESOURCES + file);
    if (in == null) {
      throw new IllegalStateException("catalog file missing from the classpath: " + file);
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}
