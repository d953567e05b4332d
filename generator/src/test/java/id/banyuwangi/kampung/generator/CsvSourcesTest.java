package id.banyuwangi.kampung.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.kampung.domain.growth.GrowthZScores;
import id.banyuwangi.kampung.domain.growth.Measurement;
import id.banyuwangi.kampung.domain.growth.Position;
import id.banyuwangi.kampung.domain.growth.Sex;
import id.banyuwangi.kampung.domain.growth.WhoGrowthStandards;
import id.banyuwangi.kampung.domain.progress.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The eight CSV sources for 2024 at scale 0.05, generated once (without the kiosk, which
 * {@link SourceGeneratorTest} covers) and read back with {@link CsvCheck}, a reading written from
 * the contract. Replacements are applied as ingestion must: later file name, then later line.
 */
class CsvSourcesTest {
  static final List<String> SOURCES = List.of("population", "households", "posyandu", "schools",
      "msme", "bumdes", "idm", "indeks_desa");
  static final double SCALE = 0.05;
  static final Map<String, List<String>> KEYS = Map.of(
      "population", List.of("village_code", "as_of", "sex", "age"),
      "households", List.of("household_id", "survey_year"),
      "posyandu", List.of("measurement_id"),
      "schools", List.of("student_id", "school_year"),
      "msme", List.of("business_id"),
      "bumdes", List.of("village_code", "year", "month"),
      "idm", List.of("village_code", "year"),
      "indeks_desa", List.of("village_code", "year"));

  @TempDir
  static Path tmp;
  static Path out;
  static Map<String, SourceResult> results = new LinkedHashMap<>();
  static Map<String, List<CsvCheck.FileRead>> reads = new LinkedHashMap<>();
  /** Valid rows after replacement, by source and key. */
  static Map<String, Map<String, Map<String, String>>> valid = new LinkedHashMap<>();

  static GeneratorConfig config(Path dir) {
    return new GeneratorConfig(dir, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), SCALE,
        42L);
  }

  static Map<String, SourceResult> generateCsv(Path dir) throws IOException {
    GenerationContext ctx = GenerationContext.of(config(dir));
    Map<String, SourceResult> r = new LinkedHashMap<>();
    for (Supplier<SourceWriter> w : SourceGenerator.WRITERS) {
      SourceWriter writer = w.get();
      if (!writer.source().equals(KioskSourceWriter.SOURCE)) {
        r.put(writer.source(), writer.write(ctx, Progress.NONE));
      }
    }
    return r;
  }

  @BeforeAll
  static void generate() throws IOException {
    out = tmp.resolve("a");
    results = generateCsv(out);
    CsvCheck check = new CsvCheck();
    for (String s : SOURCES) {
      List<CsvCheck.FileRead> files = check.read(out, s);
      reads.put(s, files);
      Map<String, Map<String, String>> rows = new LinkedHashMap<>();
      for (CsvCheck.FileRead f : files) {
        for (CsvCheck.Line l : f.lines()) {
          if (l.faults().isEmpty()) {
            rows.put(key(s, l.row()), l.row());
          }
        }
      }
      valid.put(s, rows);
    }
  }

  static String key(String source, Map<String, String> row) {
    List<String> parts = new ArrayList<>();
    for (String k : KEYS.get(source)) {
      parts.add(row.get(k));
    }
    return String.join("|", parts);
  }

  static List<String[]> truth(String file) throws IOException {
    List<String> lines = Files.readAllLines(out.resolve("_generator").resolve(file));
    List<String[]> rows = new ArrayList<>();
    for (String l : lines.subList(1, lines.size())) {
      rows.add(l.split(",", -1));
    }
    return rows;
  }

  @Test
  void sameConfigGivesByteIdenticalFiles() throws IOException {
    Path other = tmp.resolve("b");
    generateCsv(other);
    List<Path> a = files(out);
    List<Path> b = files(other);
    assertEquals(a, b);
    for (Path rel : a) {
      assertArrayEquals(Files.readAllBytes(out.resolve(rel)), Files.readAllBytes(other.resolve(rel)),
          rel.toString());
    }
  }

  static List<Path> files(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }

  /** The truth file lists exactly the lines the contract reading finds bad, each with one fault. */
  @Test
  void truthFilesListExactlyTheBadRows() throws IOException {
    for (String s : SOURCES) {
      Set<String> found = new TreeSet<>();
      long lines = 0;
      for (CsvCheck.FileRead f : reads.get(s)) {
        if (f.missingColumn()) {
          found.add(f.name() + "||MISSING_COLUMN");
        }
        for (CsvCheck.Line l : f.lines()) {
          lines++;
          assertTrue(l.faults().size() <= 1, s + " " + f.name() + ":" + l.lineNo()
              + " has several faults " + l.faults());
          for (FaultKind k : l.faults()) {
            found.add(f.name() + "|" + l.lineNo() + "|" + k);
          }
        }
      }
      Set<String> truth = new TreeSet<>();
      for (String[] t : truth(s + "_faults.csv")) {
        assertEquals(3, t.length);
        truth.add(t[0] + "|" + t[1] + "|" + t[2]);
      }
      Set<String> missing = new TreeSet<>(truth);
      missing.removeAll(found);
      Set<String> unexpected = new TreeSet<>(found);
      unexpected.removeAll(truth);
      assertTrue(missing.isEmpty() && unexpected.isEmpty(), s + ": in truth but not found: "
          + missing + "; found but not in truth: " + unexpected);
      assertEquals(truth.size(), results.get(s).badRecords(), s);
      assertTrue(lines > 0, s);
    }
  }

  @Test
  void everyKindAppearsAndAboutOnePercentAreBad() throws IOException {
    Set<FaultKind> all = EnumSet.noneOf(FaultKind.class);
    for (String s : SOURCES) {
      Set<FaultKind> kinds = EnumSet.noneOf(FaultKind.class);
      List<String[]> truth = truth(s + "_faults.csv");
      long missingColumnRows = 0;
      for (String[] t : truth) {
        kinds.add(FaultKind.valueOf(t[2]));
      }
      for (CsvCheck.FileRead f : reads.get(s)) {
        if (f.missingColumn()) {
          missingColumnRows += Files.readAllLines(out.resolve(s).resolve(f.name())).size() - 1;
        }
      }
      all.addAll(kinds);
      long rows = results.get(s).linesWritten();
      double share = (truth.size() + missingColumnRows) / (double) rows;
      if (s.equals("idm")) {
        assertTrue(kinds.size() >= 2, "idm kinds " + kinds);
        assertTrue(share < 0.015, "idm share " + share);
        continue;
      }
      if (s.equals("indeks_desa")) {
        // Two bad rows and a small draft file in a one-year run (IndeksDesaSourceTest: all kinds).
        assertEquals(EnumSet.of(FaultKind.MISSING_COLUMN, FaultKind.OUT_OF_RANGE,
            FaultKind.INVALID_VALUE), kinds, "indeks_desa kinds");
        assertTrue(share < 0.03, "indeks_desa share " + share);
        continue;
      }
      Set<FaultKind> expected = EnumSet.copyOf(FaultKind.CSV);
      if (s.equals("bumdes")) {
        expected.remove(FaultKind.FUTURE_DATE); // no dates in the BUMDes report
      }
      assertEquals(expected, kinds, s);
      assertTrue(share > 0.005 && share < 0.02, s + " bad share " + share);
    }
    assertEquals(EnumSet.copyOf(FaultKind.CSV), all);
  }

  /** Each replacement row replaces a row with the same key in an earlier file, with new values. */
  @Test
  void replacementRowsReplaceEarlierRows() throws IOException {
    for (String s : SOURCES) {
      List<String[]> repl = truth(s + "_replacements.csv");
      Map<String, CsvCheck.Line> byPlace = new HashMap<>();
      Map<String, List<CsvCheck.Line>> byKey = new HashMap<>();
      for (CsvCheck.FileRead f : reads.get(s)) {
        for (CsvCheck.Line l : f.lines()) {
          byPlace.put(f.name() + "|" + l.lineNo(), l);
          if (l.faults().isEmpty()) {
            byKey.computeIfAbsent(key(s, l.row()), k -> new ArrayList<>()).add(l);
          }
        }
      }
      for (String[] r : repl) {
        CsvCheck.Line l = byPlace.get(r[0] + "|" + r[1]);
        assertTrue(l != null && l.faults().isEmpty(), s + " " + String.join(",", r));
        assertEquals(r[2], key(s, l.row()));
        List<CsvCheck.Line> same = byKey.get(r[2]);
        assertEquals(2, same.size(), s + " key " + r[2]);
        CsvCheck.Line first = same.get(0);
        assertTrue(first.file().compareTo(l.file()) < 0, first.file() + " vs " + l.file());
        assertFalse(first.row().equals(l.row()), "replacement changes nothing: " + r[2]);
      }
      assertEquals(repl.size(), results.get(s).stats().get("replacement_rows").longValue());
      if (!s.equals("idm")) {
        assertFalse(repl.isEmpty(), s + " has no replacement rows");
      }
    }
  }

  /** Population by village at the last semester end, as [village] -> [sex][age]. */
  static Map<String, long[][]> population(String asOf) {
    Map<String, long[][]> pop = new TreeMap<>();
    for (Map<String, String> r : valid.get("population").values()) {
      if (r.get("as_of").equals(asOf)) {
        long[][] c = pop.computeIfAbsent(r.get("village_code"), k -> new long[2][101]);
        c[r.get("sex").equals("L") ? 0 : 1][Integer.parseInt(r.get("age"))] +=
            Long.parseLong(r.get("count"));
      }
    }
    return pop;
  }

  static long sum(long[][] c, int lo, int hi) {
    long t = 0;
    for (int s = 0; s < 2; s++) {
      for (int a = lo; a <= hi; a++) {
        t += c[s][a];
      }
    }
    return t;
  }

  @Test
  void populationAddsUpToTheScaledRegencyAndHouseholdsToVillages() {
    for (String asOf : List.of("2023-12-31", "2024-06-30", "2024-12-31")) {
      Map<String, long[][]> pop = population(asOf);
      assertEquals(217, pop.size(), asOf);
      long total = pop.values().stream().mapToLong(c -> sum(c, 0, 100)).sum();
      double expected = VillageProfiles.REGENCY_POPULATION * SCALE;
      assertTrue(Math.abs(total - expected) <= 0.01 * expected, asOf + " total " + total);
      long males = pop.values().stream().mapToLong(c -> {
        long t = 0;
        for (long v : c[0]) {
          t += v;
        }
        return t;
      }).sum();
      assertTrue(Math.abs(males - 894_056 * SCALE) <= 0.01 * 894_056 * SCALE, "males " + males);
      double under5 = pop.values().stream().mapToLong(c -> sum(c, 0, 4)).sum() / (double) total;
      assertTrue(under5 > 0.06 && under5 < 0.08, "share 0-4 " + under5);
    }
    Map<String, long[][]> pop = population("2024-06-30");
    Map<String, Long> members = new TreeMap<>();
    for (Map<String, String> r : valid.get("households").values()) {
      members.merge(r.get("village_code"), Long.parseLong(r.get("members")), Long::sum);
    }
    assertEquals(pop.keySet(), members.keySet());
    pop.forEach((v, c) -> assertEquals(sum(c, 0, 100), members.get(v), v));
  }

  @Test
  void householdsReproduceBpsPoverty() {
    long persons = 0;
    long poor = 0;
    double gap = 0;
    long jkn = 0;
    for (Map<String, String> r : valid.get("households").values()) {
      int m = Integer.parseInt(r.get("members"));
      double pc = Long.parseLong(r.get("expenditure_idr_month")) / (double) m;
      persons += m;
      jkn += Long.parseLong(r.get("members_jkn"));
      if (pc < 470_713) {
        poor += m;
        gap += m * (470_713 - pc) / 470_713;
      }
    }
    double p0 = 100.0 * poor / persons;
    double p1 = 100.0 * gap / persons;
    assertTrue(Math.abs(p0 - 6.54) <= 1.0, "P0 " + p0);
    assertTrue(p1 > 0.2 && p1 < 1.5, "P1 " + p1);
    assertEquals(results.get("households").stats().get("p0_2024").doubleValue(), p0, 1e-9);
    double cover = 100.0 * jkn / persons;
    assertTrue(cover > 85 && cover < 95, "JKN " + cover);
  }

  @Test
  void posyanduReproducesStuntingAndStaysWithinTheUnderFives() {
    WhoGrowthStandards who = WhoGrowthStandards.load();
    Map<String, List<Map<String, String>>> byChild = new HashMap<>();
    for (Map<String, String> r : valid.get("posyandu").values()) {
      byChild.computeIfAbsent(r.get("child_id"), k -> new ArrayList<>()).add(r);
    }
    long children = 0;
    long stunted = 0;
    for (List<Map<String, String>> list : byChild.values()) {
      list.sort((a, b) -> a.get("measured_on").compareTo(b.get("measured_on")) != 0
          ? a.get("measured_on").compareTo(b.get("measured_on"))
          : a.get("measurement_id").compareTo(b.get("measurement_id")));
      for (int i = list.size() - 1; i >= 0; i--) {
        Map<String, String> r = list.get(i);
        LocalDate birth = LocalDate.parse(r.get("birth_date"));
        LocalDate on = LocalDate.parse(r.get("measured_on"));
        GrowthZScores z = who.zScores(new Measurement(r.get("sex").equals("L") ? Sex.MALE
            : Sex.FEMALE, WhoGrowthStandards.ageInDays(birth, on),
            Double.parseDouble(r.get("weight_kg")), Double.parseDouble(r.get("height_cm")),
            Position.fromCode(r.get("position"))));
        if (z.haz() != null && !z.hazFlag()) {
          children++;
          stunted += z.haz() < -2 ? 1 : 0;
          break;
        }
      }
    }
    double stunting = 100.0 * stunted / children;
    assertTrue(stunting >= 15 && stunting <= 21, "stunting " + stunting);
    assertEquals(results.get("posyandu").stats().get("stunting_prevalence_2024").doubleValue(),
        stunting, 1e-9);
    // The children measured in the half-year before a semester end, by sex and age at that date,
    // never exceed the residents of that sex and age (they are residents: no deaths, no moves).
    for (String asOf : List.of("2024-06-30", "2024-12-31")) {
      LocalDate d = LocalDate.parse(asOf);
      Map<String, long[][]> pop = population(asOf);
      Map<String, long[][]> measured = new HashMap<>();
      for (List<Map<String, String>> list : byChild.values()) {
        Map<String, String> r = list.get(0);
        LocalDate birth = LocalDate.parse(r.get("birth_date"));
        boolean seen = list.stream().map(x -> LocalDate.parse(x.get("measured_on")))
            .anyMatch(on -> !on.isAfter(d) && on.isAfter(d.minusMonths(6)));
        int age = Demography.age(birth, d);
        if (seen && !birth.isAfter(d) && age <= 4) {
          measured.computeIfAbsent(r.get("village_code"), k -> new long[2][5])
              [r.get("sex").equals("L") ? 0 : 1][age]++;
        }
      }
      assertTrue(measured.size() > 200, "villages with children " + measured.size());
      measured.forEach((v, c) -> {
        for (int sx = 0; sx < 2; sx++) {
          for (int a = 0; a <= 4; a++) {
            assertTrue(c[sx][a] <= pop.get(v)[sx][a], asOf + " " + v + " " + sx + " " + a);
          }
        }
      });
    }
  }

  @Test
  void schoolsReproduceEnrolmentAndStayWithinThePopulation() {
    Map<String, long[][]> pop = population("2024-06-30");
    LocalDate june = LocalDate.of(2024, 6, 30);
    LocalDate july = LocalDate.of(2024, 7, 1);
    long sdOfficial = 0;
    long sdAll = 0;
    long listed = 0;
    long dropped = 0;
    Map<String, long[][]> students = new HashMap<>();
    Map<String, Integer> years = new HashMap<>();
    for (Map<String, String> r : valid.get("schools").values()) {
      years.merge(r.get("student_id"), 1, Integer::sum);
      if (!r.get("school_year").equals("2024/2025")) {
        continue;
      }
      listed++;
      dropped += r.get("status").equals("DROPPED_OUT") ? 1 : 0;
      LocalDate birth = LocalDate.parse(r.get("birth_date"));
      int ageJune = Demography.age(birth, june);
      students.computeIfAbsent(r.get("village_code"), k -> new long[2][101])
          [r.get("sex").equals("L") ? 0 : 1][ageJune]++;
      if (r.get("status").equals("ACTIVE") && r.get("level").equals("SD")) {
        sdAll++;
        int age = Demography.age(birth, july);
        sdOfficial += age >= 7 && age <= 12 ? 1 : 0;
      }
    }
    long residents = pop.values().stream().mapToLong(c -> sum(c, 7, 12)).sum();
    double apm = 100.0 * sdOfficial / residents;
    double apk = 100.0 * sdAll / residents;
    assertTrue(apm >= 95 && apm <= 100, "APM SD " + apm);
    assertTrue(apk > apm && apk < 110, "APK SD " + apk);
    double dropout = 100.0 * dropped / listed;
    assertTrue(dropout > 0.1 && dropout < 1.2, "dropout " + dropout);
    // Students continue under the same id.
    assertTrue(years.values().stream().filter(n -> n == 2).count() > 0.7 * years.size());
    students.forEach((v, c) -> {
      for (int s = 0; s < 2; s++) {
        for (int a = 0; a <= 100; a++) {
          assertTrue(c[s][a] <= pop.get(v)[s][a], v + " sex " + s + " age " + a);
        }
      }
    });
  }

  @Test
  void msmeBumdesAndIdmLookLikeBanyuwangi() {
    long active = valid.get("msme").values().stream().filter(r -> r.get("closed_on").isEmpty())
        .count();
    double per1000 = 1000.0 * active / (VillageProfiles.REGENCY_POPULATION * SCALE);
    assertTrue(per1000 > 50 && per1000 < 120, "MSME per 1000 " + per1000);
    Map<String, Long> sections = new TreeMap<>();
    valid.get("msme").values().forEach(r -> sections.merge(r.get("kbli_section"), 1L, Long::sum));
    List<String> top = sections.entrySet().stream()
        .sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(4)
        .map(Map.Entry::getKey).sorted().toList();
    assertEquals(List.of("A", "C", "G", "I"), top);
    assertTrue(valid.get("msme").values().stream().anyMatch(r -> !r.get("closed_on").isEmpty()));

    Set<String> kelurahan = new TreeSet<>();
    VillageProfiles.of(id.banyuwangi.kampung.domain.region.RegionHierarchy.banyuwangi(), 42L)
        .all().stream().filter(VillageProfile::kelurahan).forEach(v -> kelurahan.add(v.code()));
    for (String s : List.of("bumdes", "idm", "indeks_desa")) {
      assertTrue(valid.get(s).values().stream()
          .noneMatch(r -> kelurahan.contains(r.get("village_code"))), s);
    }
    Map<String, Integer> bands = new TreeMap<>();
    for (Map<String, String> r : valid.get("idm").values()) {
      double idm = (Double.parseDouble(r.get("iks")) + Double.parseDouble(r.get("ike"))
          + Double.parseDouble(r.get("ikl"))) / 3;
      bands.merge(id.banyuwangi.kampung.domain.development.IdmStatus.of(idm).name(), 1,
          Integer::sum);
    }
    int n = valid.get("idm").size();
    assertTrue(bands.getOrDefault("MAJU", 0) + bands.getOrDefault("MANDIRI", 0) > 0.85 * n,
        bands.toString());
    assertTrue(bands.getOrDefault("BERKEMBANG", 0) > 0, bands.toString());
  }
}
