package id.banyuwangi.kampung.app;

import id.banyuwangi.kampung.domain.development.IdmStatus;
import id.banyuwangi.kampung.domain.growth.GrowthZScores;
import id.banyuwangi.kampung.domain.growth.Measurement;
import id.banyuwangi.kampung.domain.growth.Position;
import id.banyuwangi.kampung.domain.growth.Sex;
import id.banyuwangi.kampung.domain.growth.WhoGrowthStandards;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The CSV sources' indicators computed inside the test, independently of ingestion and the marts:
 * straight from the generated files, minus the rows the generator's truth files mark as bad, with
 * the contract's replacement rule (the last row of a key wins, by file name then line), pooled by
 * area from the records themselves (never a mean of village values).
 */
final class CsvSourcesOracle {
  static final String REGENCY = "3510";

  /** One kept source row: where it came from and its values by header name. */
  record Row(String file, long line, Map<String, String> values) {
    String get(String column) {
      return values.get(column);
    }

    int integer(String column) {
      return Integer.parseInt(get(column));
    }

    double number(String column) {
      return Double.parseDouble(get(column));
    }

    LocalDate date(String column) {
      return LocalDate.parse(get(column));
    }

    String village() {
      return get("village_code");
    }
  }

  /**
   * Numerator and denominator of one area, the records pooled into them (households for the
   * household survey), and the value as the catalog's scale makes it.
   */
  record Cell(double numerator, double denominator, long records) {
    double value(double scale) {
      return scale * numerator / denominator;
    }
  }

  private final Path sources;
  final Map<String, Map<String, Long>> faultsBySource = new HashMap<>();

  private CsvSourcesOracle(Path sources) {
    this.sources = sources;
  }

  static CsvSourcesOracle of(Path sources) {
    return new CsvSourcesOracle(sources);
  }

  /** The rows ingestion must keep in silver for a source, the last of each key. */
  List<Row> kept(String source, String... key) throws IOException {
    Set<String> badLines = new HashSet<>();
    Set<String> badFiles = new HashSet<>();
    Map<String, Long> kinds = new HashMap<>();
    for (CSVRecord f : parse(sources.resolve("_generator").resolve(source + "_faults.csv"))) {
      kinds.merge(f.get("kind"), 1L, Long::sum);
      if (f.get("line_no").isEmpty()) {
        badFiles.add(f.get("source_file"));
      } else {
        badLines.add(f.get("source_file") + ":" + f.get("line_no"));
      }
    }
    faultsBySource.put(source, kinds);
    Map<String, Row> byKey = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(sources.resolve(source))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
        String name = file.getFileName().toString();
        if (badFiles.contains(name)) {
          continue;
        }
        for (CSVRecord r : parse(file)) {
          long line = r.getRecordNumber() + 1; // the header is line 1; generated rows hold no line breaks
          if (badLines.contains(name + ":" + line)) {
            continue;
          }
          Row row = new Row(name, line, r.toMap());
          StringBuilder k = new StringBuilder();
          for (String column : key) {
            k.append(row.get(column)).append('|');
          }
          byKey.put(k.toString(), row);
        }
      }
    }
    return new ArrayList<>(byKey.values());
  }

  /** The bad rows the generator wrote for a source, per expected quarantine reason. */
  Map<String, Long> faultKinds(String source) throws IOException {
    kept(source);
    return faultsBySource.get(source);
  }

  private static List<CSVRecord> parse(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file);
        CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
      return p.getRecords();
    }
  }

  /** Sums a numerator and a denominator over the rows of each village, its kecamatan and the regency. */
  static Map<String, Cell> pooled(List<Row> rows, Function<Row, String> village,
      ToDoubleFunction<Row> numerator, ToDoubleFunction<Row> denominator) {
    Map<String, double[]> sums = new HashMap<>();
    for (Row r : rows) {
      String v = village.apply(r);
      for (String area : List.of(v, v.substring(0, 6), REGENCY)) {
        double[] s = sums.computeIfAbsent(area, a -> new double[3]);
        s[0] += numerator.applyAsDouble(r);
        s[1] += denominator.applyAsDouble(r);
        s[2]++;
      }
    }
    Map<String, Cell> cells = new HashMap<>();
    sums.forEach((area, s) -> cells.put(area, new Cell(s[0], s[1], (long) s[2])));
    return cells;
  }

  // ---- poverty (household survey) ----

  List<Row> households(int surveyYear) throws IOException {
    return kept("households", "household_id", "survey_year").stream()
        .filter(r -> r.integer("survey_year") == surveyYear).toList();
  }

  /** P0: persons in households with per-capita expenditure strictly below the line / all persons. */
  Map<String, Cell> povertyHeadcount(int surveyYear, long povertyLine) throws IOException {
    return pooled(households(surveyYear), Row::village,
        r -> perCapita(r) < povertyLine ? r.number("members") : 0, r -> r.number("members"));
  }

  /** P1: sum over poor persons of the gap (z - y) / z, over all persons. */
  Map<String, Cell> povertyGap(int surveyYear, long z) throws IOException {
    return pooled(households(surveyYear), Row::village,
        r -> perCapita(r) < z ? r.number("members") * (z - perCapita(r)) / z : 0, r -> r.number("members"));
  }

  Map<String, Cell> jknCoverage(int surveyYear) throws IOException {
    return pooled(households(surveyYear), Row::village, r -> r.number("members_jkn"), r -> r.number("members"));
  }

  private static double perCapita(Row household) {
    return household.number("expenditure_idr_month") / household.number("members");
  }

  // ---- education ----

  /** APM or APK of a level: ACTIVE students (of the official ages for APM, of any age for APK) / residents of those ages. */
  Map<String, Cell> participation(String schoolYear, String level, int fromAge, int toAge, boolean officialAgesOnly)
      throws IOException {
    return participation(schoolYear, level, fromAge, toAge, officialAgesOnly, r -> true);
  }

  /** As above, over the students and residents of one sex only ({@code sex} = L or P). */
  Map<String, Cell> participation(String schoolYear, String level, int fromAge, int toAge, boolean officialAgesOnly,
      String sex) throws IOException {
    return participation(schoolYear, level, fromAge, toAge, officialAgesOnly, r -> r.get("sex").equals(sex));
  }

  private Map<String, Cell> participation(String schoolYear, String level, int fromAge, int toAge,
      boolean officialAgesOnly, Predicate<Row> ofSex) throws IOException {
    int firstYear = Integer.parseInt(schoolYear.substring(0, 4));
    LocalDate firstOfJuly = LocalDate.of(firstYear, 7, 1);
    Predicate<Row> counted = r -> r.get("school_year").equals(schoolYear) && r.get("level").equals(level)
        && r.get("status").equals("ACTIVE");
    List<Row> students = kept("schools", "student_id", "school_year").stream().filter(counted).filter(ofSex)
        .filter(r -> !officialAgesOnly || between(Period.between(r.date("birth_date"), firstOfJuly).getYears(), fromAge, toAge))
        .toList();
    List<Row> residents = population(LocalDate.of(firstYear, 6, 30)).stream().filter(ofSex)
        .filter(r -> between(r.integer("age"), fromAge, toAge)).toList();
    Map<String, Cell> numerators = pooled(students, Row::village, r -> 1, r -> 0);
    Map<String, Cell> denominators = pooled(residents, Row::village, r -> 0, r -> r.number("count"));
    Map<String, Cell> cells = new HashMap<>();
    denominators.forEach((area, d) -> cells.put(area,
        new Cell(numerators.getOrDefault(area, new Cell(0, 0, 0)).numerator(), d.denominator(), (long) d.denominator())));
    return cells;
  }

  List<Row> population(LocalDate asOf) throws IOException {
    return kept("population", "village_code", "as_of", "sex", "age").stream()
        .filter(r -> r.date("as_of").equals(asOf)).toList();
  }

  private static boolean between(int value, int from, int to) {
    return value >= from && value <= to;
  }

  // ---- economy and development ----

  /** Businesses registered on or before 31 December and not closed by then. */
  Map<String, Cell> activeEnterprises(int year) throws IOException {
    LocalDate end = LocalDate.of(year, 12, 31);
    List<Row> active = kept("msme", "business_id").stream()
        .filter(r -> !r.date("registered_on").isAfter(end))
        .filter(r -> r.get("closed_on") == null || r.get("closed_on").isEmpty() || r.date("closed_on").isAfter(end))
        .toList();
    return pooled(active, Row::village, r -> 1, r -> 0);
  }

  Map<String, Cell> bumdesRevenue(int year) throws IOException {
    List<Row> months = kept("bumdes", "village_code", "year", "month").stream()
        .filter(r -> r.integer("year") == year).toList();
    return pooled(months, Row::village, r -> r.number("revenue_idr"), r -> 0);
  }

  /** Villages per IDM band, for each area: a map area -> band name -> count. */
  Map<String, Map<String, Long>> idmBands(int year) throws IOException {
    Map<String, Map<String, Long>> bands = new HashMap<>();
    for (Row r : kept("idm", "village_code", "year")) {
      if (r.integer("year") != year) {
        continue;
      }
      IdmStatus band = IdmStatus.of(IdmStatus.score(r.number("iks"), r.number("ike"), r.number("ikl")));
      for (String area : List.of(r.village(), r.village().substring(0, 6), REGENCY)) {
        bands.computeIfAbsent(area, a -> new HashMap<>()).merge(band.name(), 1L, Long::sum);
      }
    }
    return bands;
  }

  // ---- child growth ----

  /**
   * Stunting in a calendar year: per child, its latest measurement with a valid, unflagged HAZ
   * (latest = measured_on, then measurement_id); the child counts in the village of its latest
   * measurement of any kind.
   */
  Map<String, Cell> stunting(int year, WhoGrowthStandards who) throws IOException {
    return stunting(year, who, home -> true);
  }

  /** As above, over the children of one sex (that of the child's latest measurement). */
  Map<String, Cell> stunting(int year, WhoGrowthStandards who, String sex) throws IOException {
    return stunting(year, who, home -> home.get("sex").equals(sex));
  }

  private Map<String, Cell> stunting(int year, WhoGrowthStandards who, Predicate<Row> ofSex) throws IOException {
    Comparator<Row> latest = Comparator.comparing((Row r) -> r.date("measured_on")).thenComparing(r -> r.get("measurement_id"));
    Map<String, List<Row>> byChild = new HashMap<>();
    for (Row r : kept("posyandu", "measurement_id")) {
      if (r.date("measured_on").getYear() == year) {
        byChild.computeIfAbsent(r.get("child_id"), c -> new ArrayList<>()).add(r);
      }
    }
    List<Row> counted = new ArrayList<>();
    Map<Row, Boolean> stunted = new HashMap<>();
    for (List<Row> measurements : byChild.values()) {
      Row home = measurements.stream().max(latest).orElseThrow();
      if (!ofSex.test(home)) {
        continue;
      }
      measurements.stream().filter(m -> validHaz(m, who) != null).max(latest).ifPresent(m -> {
        counted.add(home);
        stunted.put(home, validHaz(m, who) < -2);
      });
    }
    return pooled(counted, Row::village, r -> stunted.get(r) ? 1 : 0, r -> 1);
  }

  private static Double validHaz(Row m, WhoGrowthStandards who) {
    int ageDays = WhoGrowthStandards.ageInDays(m.date("birth_date"), m.date("measured_on"));
    GrowthZScores z = who.zScores(new Measurement(m.get("sex").equals("L") ? Sex.MALE : Sex.FEMALE, ageDays,
        m.number("weight_kg"), m.number("height_cm"), Position.fromCode(m.get("position"))));
    return z.haz() == null || z.hazFlag() ? null : z.haz();
  }
}
