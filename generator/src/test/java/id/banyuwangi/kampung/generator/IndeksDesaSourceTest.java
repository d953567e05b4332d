package id.banyuwangi.kampung.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.kampung.domain.development.IdmStatus;
import id.banyuwangi.kampung.domain.progress.Progress;
import id.banyuwangi.kampung.domain.region.RegionHierarchy;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Indeks Desa over three publication years (2024-2026, with the IDM of 2023-2026 beside it),
 * read back with {@link CsvCheck}: every bad-row kind is there and recorded, and the valid
 * publication is plausible and follows each desa's IDM. {@link CsvSourcesTest} covers the one-year
 * run with the other sources (determinism, truth, replacements).
 */
class IndeksDesaSourceTest {
  static final String SOURCE = IndeksDesaSourceWriter.SOURCE;
  static final String[] SCORES = {"skor", "layanan_dasar", "sosial", "ekonomi", "lingkungan",
      "aksesibilitas", "tata_kelola"};

  @TempDir
  static Path tmp;
  static Path out;
  static SourceResult result;
  static List<CsvCheck.FileRead> reads;
  /** Valid rows after the republished corrections, by village|year. */
  static Map<String, Map<String, String>> valid = new LinkedHashMap<>();
  /** Valid IDM rows by village|year, and their IDM (mean of the sub-indices). */
  static Map<String, Map<String, String>> idmRows = new HashMap<>();
  static Map<String, Double> idm = new HashMap<>();

  static SourceResult generate(Path dir, LocalDate from, LocalDate to, boolean withIdm)
      throws IOException {
    GenerationContext ctx = GenerationContext.of(new GeneratorConfig(dir, from, to, 0.02, 42L));
    if (withIdm) {
      new IdmSourceWriter().write(ctx, Progress.NONE);
    }
    return new IndeksDesaSourceWriter().write(ctx, Progress.NONE);
  }

  @BeforeAll
  static void generate() throws IOException {
    out = tmp.resolve("a");
    result = generate(out, LocalDate.of(2023, 1, 1), LocalDate.of(2026, 6, 30), true);
    CsvCheck check = new CsvCheck();
    reads = check.read(out, SOURCE);
    for (CsvCheck.FileRead f : reads) {
      for (CsvCheck.Line l : f.lines()) {
        if (l.faults().isEmpty()) {
          valid.put(l.row().get("village_code") + "|" + l.row().get("year"), l.row());
        }
      }
    }
    for (CsvCheck.FileRead f : check.read(out, IdmSourceWriter.SOURCE)) {
      for (CsvCheck.Line l : f.lines()) {
        if (l.faults().isEmpty()) {
          Map<String, String> r = l.row();
          idmRows.put(r.get("village_code") + "|" + r.get("year"), r);
          idm.put(r.get("village_code") + "|" + r.get("year"), IdmStatus.score(
              Double.parseDouble(r.get("iks")), Double.parseDouble(r.get("ike")),
              Double.parseDouble(r.get("ikl"))));
        }
      }
    }
  }

  static double number(Map<String, String> row, String column) {
    return Double.parseDouble(row.get(column));
  }

  @Test
  void everyBadRowKindIsPresentRecordedAndAboutOnePercent() throws IOException {
    Set<String> found = new TreeSet<>();
    Map<String, Long> rowsByFile = new TreeMap<>();
    for (CsvCheck.FileRead f : reads) {
      if (f.missingColumn()) {
        found.add(f.name() + "||MISSING_COLUMN");
      }
      for (CsvCheck.Line l : f.lines()) {
        rowsByFile.merge(f.name(), 1L, Long::sum);
        assertTrue(l.faults().size() <= 1, f.name() + ":" + l.lineNo() + " " + l.faults());
        l.faults().forEach(k -> found.add(f.name() + "|" + l.lineNo() + "|" + k));
      }
    }
    Set<String> truth = new TreeSet<>();
    Set<FaultKind> kinds = EnumSet.noneOf(FaultKind.class);
    Map<String, Long> badByFile = new TreeMap<>();
    List<String> lines = Files.readAllLines(out.resolve("_generator").resolve(SOURCE + "_faults.csv"));
    for (String line : lines.subList(1, lines.size())) {
      String[] t = line.split(",", -1);
      truth.add(t[0] + "|" + t[1] + "|" + t[2]);
      kinds.add(FaultKind.valueOf(t[2]));
      badByFile.merge(t[0], 1L, Long::sum);
    }
    assertEquals(truth, found);
    assertEquals(EnumSet.copyOf(FaultKind.CSV), kinds);
    assertEquals(truth.size(), result.badRecords());
    // The rotation: two bad rows in each year's publication, the draft file in the middle year.
    for (int year = 2024; year <= 2026; year++) {
      String file = "indeks_desa_" + year + ".csv";
      assertEquals(2L, badByFile.get(file), file);
      assertTrue(rowsByFile.get(file) >= 191 && rowsByFile.get(file) <= 195, file);
    }
    assertEquals(List.of("indeks_desa_2025_draf.csv"), reads.stream()
        .filter(CsvCheck.FileRead::missingColumn).map(CsvCheck.FileRead::name).toList());
  }

  @Test
  void everyDesaHasOneValidRowAYearFrom2024AndNoKelurahan() {
    List<String> desa = VillageProfiles.of(RegionHierarchy.banyuwangi(), 42L).all().stream()
        .filter(v -> !v.kelurahan()).map(VillageProfile::code).toList();
    Set<String> expected = new TreeSet<>();
    for (String v : desa) {
      for (int year = 2024; year <= 2026; year++) {
        expected.add(v + "|" + year);
      }
    }
    assertEquals(expected, new TreeSet<>(valid.keySet()));
    assertEquals(189, desa.size());
  }

  @Test
  void scoresAreTheMeanOfTheDimensionsAndTheStatusTheirBand() {
    for (Map<String, String> r : valid.values()) {
      int year = Integer.parseInt(r.get("year"));
      double skor = number(r, "skor");
      double sum = 0;
      for (String c : SCORES) {
        double v = number(r, c);
        assertTrue(v >= 10 && v <= 99.5, c + " " + r);
        assertTrue(r.get(c).matches("\\d{1,2}(\\.\\d{1,2})?"), "up to two decimals: " + r.get(c));
        if (!c.equals("skor")) {
          sum += v;
          assertTrue(Math.abs(v - skor) < 25, c + " far from the total: " + r);
        }
      }
      assertEquals(sum / 6, skor, 0.005 + 1e-9, r.toString());
      assertEquals(IndeksDesaBands.status(year, skor), r.get("status"), r.toString());
    }
    // The band revision of 2026 shows: a score between 80 and 82 is Maju from 2026, Mandiri before.
    assertEquals("MANDIRI", IndeksDesaBands.status(2025, 81));
    assertEquals("MAJU", IndeksDesaBands.status(2026, 81));
    assertEquals("SANGAT_TERTINGGAL", IndeksDesaBands.status(2024, 50));
  }

  @Test
  void mostDesaAreMajuAndTheScoresRiseOverTheYears() {
    double previous = 0;
    for (int year = 2024; year <= 2026; year++) {
      Map<String, Integer> statuses = new TreeMap<>();
      double sum = 0;
      int n = 0;
      for (Map<String, String> r : valid.values()) {
        if (Integer.parseInt(r.get("year")) == year) {
          statuses.merge(r.get("status"), 1, Integer::sum);
          sum += number(r, "skor");
          n++;
        }
      }
      double mean = sum / n;
      System.out.printf("indeks desa %d: mean %.2f, %s%n", year, mean, statuses);
      assertTrue(mean > 70 && mean < 80, year + " mean " + mean);
      assertTrue(mean > previous, year + " mean " + mean + " after " + previous);
      previous = mean;
      int maju = statuses.getOrDefault("MAJU", 0);
      assertTrue(maju > 0.4 * n, statuses.toString());
      assertTrue(statuses.getOrDefault("MANDIRI", 0) > 0.05 * n, statuses.toString());
      assertTrue(statuses.getOrDefault("BERKEMBANG", 0) > 0.05 * n, statuses.toString());
      assertTrue(statuses.getOrDefault("SANGAT_TERTINGGAL", 0) <= 0.01 * n, statuses.toString());
      assertEquals(result.stats().get("skor_mean_" + year).doubleValue(), mean, 1e-9);
      assertEquals((long) maju, result.stats().get("maju_" + year).longValue());
    }
  }

  /** A desa strong in the IDM (2023, the last IDM year) is strong in the Indeks Desa (2024). */
  @Test
  void theScoreFollowsTheDesaIdm() {
    List<double[]> pairs = new ArrayList<>();
    List<double[]> social = new ArrayList<>();
    List<double[]> economic = new ArrayList<>();
    for (Map<String, String> r : valid.values()) {
      if (r.get("year").equals("2024")) {
        String v = r.get("village_code");
        pairs.add(new double[] {idm.get(v + "|2023"), number(r, "skor")});
      }
    }
    assertEquals(189, pairs.size());
    double rho = correlation(pairs);
    System.out.printf("indeks desa 2024 vs IDM 2023: r = %.3f%n", rho);
    assertTrue(rho > 0.8, "correlation " + rho);
    // The social and economic dimensions carry the desa's IKS and IKE tilt of the IDM years.
    for (Map<String, String> r : valid.values()) {
      String last = r.get("village_code") + "|2023";
      Map<String, String> i = idmRows.get(last);
      social.add(new double[] {number(i, "iks") - idm.get(last),
          number(r, "sosial") - number(r, "skor")});
      economic.add(new double[] {number(i, "ike") - idm.get(last),
          number(r, "ekonomi") - number(r, "skor")});
    }
    System.out.printf("tilt correlations: social %.3f, economic %.3f%n", correlation(social),
        correlation(economic));
    assertTrue(correlation(social) > 0.5, "social tilt " + correlation(social));
    assertTrue(correlation(economic) > 0.5, "economic tilt " + correlation(economic));
  }

  static double correlation(List<double[]> xy) {
    int n = xy.size();
    double mx = xy.stream().mapToDouble(p -> p[0]).sum() / n;
    double my = xy.stream().mapToDouble(p -> p[1]).sum() / n;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (double[] p : xy) {
      sxy += (p[0] - mx) * (p[1] - my);
      sxx += (p[0] - mx) * (p[0] - mx);
      syy += (p[1] - my) * (p[1] - my);
    }
    return sxy / Math.sqrt(sxx * syy);
  }

  /** Each republished row replaces a first publication that had one dimension mistyped. */
  @Test
  void republishedRowsCorrectOneDimensionOfTheFirstPublication() throws IOException {
    List<String> repl = Files.readAllLines(out.resolve("_generator").resolve(SOURCE
        + "_replacements.csv"));
    Map<String, Map<String, String>> first = new HashMap<>();
    for (CsvCheck.FileRead f : reads) {
      if (f.name().matches("indeks_desa_\\d{4}\\.csv")) {
        f.lines().stream().filter(l -> l.faults().isEmpty()).forEach(l -> first.put(
            l.row().get("village_code") + "|" + l.row().get("year"), l.row()));
      }
    }
    Map<Integer, Integer> perYear = new TreeMap<>();
    for (String line : repl.subList(1, repl.size())) {
      String[] t = line.split(",", -1);
      assertTrue(t[0].matches("indeks_desa_\\d{4}_koreksi\\.csv"), t[0]);
      Map<String, String> now = valid.get(t[2]);
      Map<String, String> before = first.get(t[2]);
      assertEquals(t[0], t[0].substring(0, 16) + "_koreksi.csv");
      int changed = 0;
      for (String c : SCORES) {
        changed += c.equals("skor") || before.get(c).equals(now.get(c)) ? 0 : 1;
      }
      assertEquals(1, changed, t[2] + ": " + before + " -> " + now);
      assertNotEquals(before.get("skor"), now.get("skor"));
      perYear.merge(Integer.parseInt(now.get("year")), 1, Integer::sum);
    }
    assertEquals(Set.of(2024, 2025, 2026), perYear.keySet());
    perYear.values().forEach(n -> assertTrue(n >= 2 && n <= 4, perYear.toString()));
  }

  /** A year's publication is the same whatever the run's range, and no year before 2024 is made. */
  @Test
  void aYearIsTheSameInAnyRunAndNothingBefore2024() throws IOException {
    Path one = tmp.resolve("one");
    generate(one, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 10), false);
    for (String name : List.of("indeks_desa_2024.csv", "indeks_desa_2024_koreksi.csv")) {
      assertArrayEquals(Files.readAllBytes(out.resolve(SOURCE).resolve(name)),
          Files.readAllBytes(one.resolve(SOURCE).resolve(name)), name);
    }
    Path before = tmp.resolve("before");
    SourceResult none = generate(before, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31),
        false);
    try (var files = Files.list(before.resolve(SOURCE))) {
      assertEquals(0, files.count());
    }
    assertEquals(0, none.badRecords());
    assertEquals(0, none.filesWritten());
  }
}
