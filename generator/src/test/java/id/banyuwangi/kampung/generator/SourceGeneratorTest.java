package id.banyuwangi.kampung.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.banyuwangi.kampung.domain.lake.ReasonCode;
import id.banyuwangi.kampung.domain.person.Nik;
import id.banyuwangi.kampung.domain.progress.Progress;
import id.banyuwangi.kampung.domain.region.RegionHierarchy;
import id.banyuwangi.kampung.domain.service.ServiceCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One month at scale 0.05 (about 4,000 lines in about 3,000 files), generated once, then read back
 * the way ingestion would read it.
 */
class SourceGeneratorTest {
  static final GeneratorConfig CONFIG_TEMPLATE = new GeneratorConfig(Path.of("unused"),
      LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 31), 0.05, 42L);
  static final ObjectMapper JSON = new ObjectMapper();
  static final Set<String> EVENT_TYPES =
      Set.of("SUBMITTED", "IN_PROCESS", "COMPLETED", "REJECTED", "CANCELLED");
  static final Set<String> CHANNELS = Set.of("KIOSK", "COUNTER", "ONLINE");

  @TempDir
  static Path tmp;
  static Path out;
  static GenerationSummary summary;
  static List<KioskLines> files;
  /** Truth rows as "file|line|kind" (line empty for a truncated file). */
  static Set<String> truth;

  @BeforeAll
  static void generate() throws IOException {
    out = tmp.resolve("a");
    summary = SourceGenerator.generate(config(out), Progress.NONE);
    files = new ArrayList<>();
    for (Path p : KioskLines.files(out)) {
      files.add(KioskLines.read(p));
    }
    truth = new TreeSet<>();
    List<String> rows = Files.readAllLines(out.resolve("_generator/kiosk_faults.csv"));
    assertEquals("source_file,line_no,kind", rows.get(0));
    for (String row : rows.subList(1, rows.size())) {
      String[] f = row.split(",", -1);
      assertEquals(3, f.length, row);
      truth.add(f[0] + "|" + f[1] + "|" + f[2]);
    }
  }

  static GeneratorConfig config(Path dir) {
    GeneratorConfig t = CONFIG_TEMPLATE;
    return new GeneratorConfig(dir, t.from(), t.to(), t.scale(), t.seed());
  }

  @Test
  void sameConfigGivesByteIdenticalFiles() throws IOException {
    Path other = tmp.resolve("b");
    SourceGenerator.generate(config(other), Progress.NONE);
    List<Path> a = allFiles(out);
    List<Path> b = allFiles(other);
    assertEquals(a, b);
    for (Path rel : a) {
      assertArrayEquals(Files.readAllBytes(out.resolve(rel)), Files.readAllBytes(other.resolve(rel)),
          rel.toString());
    }
  }

  @Test
  void gzipHeadersCarryNoTimestamp() throws IOException {
    for (KioskLines f : files) {
      if (f.name().endsWith(".gz")) {
        byte[] b = Files.readAllBytes(f.file());
        assertEquals(0x1f, b[0] & 0xff);
        assertEquals(0x8b, b[1] & 0xff);
        assertEquals(0, b[4] | b[5] | b[6] | b[7], f.name());
      }
    }
  }

  @Test
  void fileNamesFollowTheContract() {
    for (KioskLines f : files) {
      assertTrue(f.name().matches("KSK-3510\\d{6}-0[12]_2024\\d{4}\\.jsonl(\\.gz)?"), f.name());
    }
    assertTrue(files.stream().anyMatch(f -> f.name().endsWith(".jsonl")));
    assertTrue(files.stream().filter(f -> f.name().endsWith(".gz")).count() > files.size() * 0.8);
  }

  /**
   * A reference reading of every line (as ingestion must do it) yields exactly the truth file:
   * every bad line has the kind the truth names, every other line is valid, and a truncated file
   * is exactly a file whose gzip ends early.
   */
  @Test
  void truthFileListsExactlyTheBadLines() {
    Set<String> found = classifyAll();
    Set<String> missing = new TreeSet<>(truth);
    missing.removeAll(found);
    Set<String> unexpected = new TreeSet<>(found);
    unexpected.removeAll(truth);
    assertTrue(missing.isEmpty() && unexpected.isEmpty(),
        "in truth but not found: " + missing + "; found but not in truth: " + unexpected);
    long lines = files.stream().mapToLong(f -> f.lines().size()).sum();
    assertEquals(summary.source("kiosk").linesWritten(), lines);
    assertEquals(summary.source("kiosk").filesWritten(), files.size());
  }

  @Test
  void everyLineParsesExceptMalformedAndTruncated() {
    int parsed = 0;
    for (KioskLines f : files) {
      for (int i = 0; i < f.lines().size(); i++) {
        boolean malformed = truth.contains(f.name() + "|" + (i + 1) + "|MALFORMED_JSON");
        try {
          JSON.readTree(f.lines().get(i));
          assertFalse(malformed, f.name() + ":" + (i + 1) + " should not parse");
          parsed++;
        } catch (IOException e) {
          assertTrue(malformed, f.name() + ":" + (i + 1) + " does not parse: " + e.getMessage());
        }
      }
    }
    assertTrue(parsed > 3000, "lines parsed: " + parsed);
  }

  @Test
  void everyKioskKindAppearsAndAboutOnePercentAreBad() {
    Map<String, Long> byKind = new HashMap<>();
    for (String t : truth) {
      byKind.merge(t.split("\\|", -1)[2], 1L, Long::sum);
    }
    List<String> kinds = new ArrayList<>(ReasonCode.kiosk().stream().map(ReasonCode::name).toList());
    kinds.add(KioskFault.DUPLICATE_EVENT);
    assertEquals(kinds, List.copyOf(summary.source("kiosk").badRecordsByKind().keySet()));
    for (String k : kinds) {
      assertTrue(byKind.getOrDefault(k, 0L) >= 1, "no " + k);
      assertEquals(byKind.getOrDefault(k, 0L), summary.source("kiosk").badRecordsByKind().get(k), k);
    }
    // Duplicates from re-sent files are counted apart from the injected faults.
    long resendDuplicates = truth.stream()
        .filter(t -> t.endsWith("|" + KioskFault.DUPLICATE_EVENT) && isResend(t.split("\\|")[0])).count();
    double injected = (double) (truth.size() - resendDuplicates) / summary.source("kiosk").linesWritten();
    assertTrue(injected > 0.006 && injected < 0.02, "injected bad share " + injected);
    double all = (double) truth.size() / summary.source("kiosk").linesWritten();
    assertTrue(all < 0.03, "bad share incl. re-sent duplicates " + all);
  }

  @Test
  void goodSubmittedLinesHaveValidConsistentNiksAndKnownCodes() throws IOException {
    RegionHierarchy regions = RegionHierarchy.banyuwangi();
    ServiceCatalog services = ServiceCatalog.standard();
    int submitted = 0;
    for (KioskLines f : files) {
      for (int i = 0; i < f.lines().size(); i++) {
        if (isBad(f, i)) {
          continue;
        }
        JsonNode n = JSON.readTree(f.lines().get(i));
        String village = n.get("village_code").asText();
        assertTrue(regions.isVillage(village), village);
        assertTrue(n.get("kiosk_id").asText().startsWith("KSK-" + village + "-"));
        assertTrue(n.get("event_at").asText().endsWith("+07:00"));
        if (!n.get("event_type").asText().equals("SUBMITTED")) {
          continue;
        }
        submitted++;
        assertTrue(services.contains(n.get("service_code").asText()));
        JsonNode c = n.get("citizen");
        String nik = c.get("nik").asText();
        assertTrue(Nik.isValid(nik), nik);
        LocalDate birth = LocalDate.parse(c.get("birth_date").asText());
        boolean woman = c.get("sex").asText().equals("P");
        assertEquals(birth.getDayOfMonth() + (woman ? 40 : 0), Integer.parseInt(nik.substring(6, 8)));
        assertEquals(birth.format(DateTimeFormatter.ofPattern("MMyy")), nik.substring(8, 12));
        assertEquals(village.substring(0, 6), nik.substring(0, 2) + nik.substring(2, 6));
      }
    }
    assertTrue(submitted > 1000, "good SUBMITTED lines: " + submitted);
  }

  @Test
  void goodEventsAreInTheFileOfTheirWibDateAndSomeCompleteInALaterFile() throws IOException {
    Map<String, String> submittedIn = new HashMap<>();
    Map<String, String> completedIn = new HashMap<>();
    for (KioskLines f : files) {
      String day = f.stem().substring(f.stem().length() - 8);
      for (int i = 0; i < f.lines().size(); i++) {
        if (isBad(f, i)) {
          continue;
        }
        JsonNode n = JSON.readTree(f.lines().get(i));
        OffsetDateTime at = OffsetDateTime.parse(n.get("event_at").asText());
        assertEquals(day, at.toLocalDate().format(DateTimeFormatter.BASIC_ISO_DATE), f.name());
        String type = n.get("event_type").asText();
        if (type.equals("SUBMITTED")) {
          submittedIn.put(n.get("txn_id").asText(), f.stem());
        } else if (type.equals("COMPLETED")) {
          completedIn.put(n.get("txn_id").asText(), f.stem());
        }
      }
    }
    long late = completedIn.entrySet().stream()
        .filter(e -> submittedIn.containsKey(e.getKey())
            && !submittedIn.get(e.getKey()).equals(e.getValue()))
        .count();
    assertTrue(late > 100, "requests completed in a later file: " + late);
    // Completions of requests submitted before the period (kept by ingestion until their SUBMITTED
    // arrives) exist too.
    assertTrue(completedIn.keySet().stream().anyMatch(t -> !submittedIn.containsKey(t)));
  }

  @Test
  void volumeAndMixLookRealistic() throws IOException {
    Map<String, Number> s = summary.source("kiosk").stats();
    double sla = s.get("sla_compliance").doubleValue();
    assertTrue(sla > 0.75 && sla < 0.93, "SLA compliance " + sla);
    double kiosk = s.get("channel_share_kiosk").doubleValue();
    double online = s.get("channel_share_online").doubleValue();
    assertTrue(kiosk > 0.38 && kiosk < 0.52, "kiosk share " + kiosk);
    assertTrue(online > 0.10 && online < 0.20, "online share " + online);
    // About 1,000,000 events a year at scale 1: July at 0.05 is about 4,600 lines.
    long kioskLines = summary.source("kiosk").linesWritten();
    assertTrue(kioskLines > 3_500 && kioskLines < 6_000,
        "lines " + kioskLines);
    String json = Files.readString(out.resolve("_generator/summary.json"));
    assertEquals(summary.linesWritten(), JSON.readTree(json).get("lines_written").asLong());
  }

  @Test
  void configValidatesAndHasDefaults() {
    GeneratorConfig d = GeneratorConfig.defaults(Path.of("x"));
    assertEquals(LocalDate.of(2024, 1, 1), d.from());
    assertEquals(LocalDate.of(2024, 12, 31), d.to());
    assertEquals(0.1, d.scale());
    assertEquals(42L, d.seed());
    assertEquals(366, d.days());
    assertThrows(IllegalArgumentException.class,
        () -> new GeneratorConfig(Path.of("x"), d.to(), d.from(), 1, 1));
    assertThrows(IllegalArgumentException.class,
        () -> new GeneratorConfig(Path.of("x"), d.from(), d.to(), 0, 1));
  }

  @Test
  void villageProfilesSumToTheRegencyPopulation() {
    VillageProfiles v = VillageProfiles.of(RegionHierarchy.banyuwangi(), 42L);
    assertEquals(217, v.all().size());
    assertEquals(VillageProfiles.REGENCY_POPULATION, v.totalPopulation());
    long twoKiosks = v.all().stream().filter(p -> p.kiosks() == 2).count();
    assertEquals(43, twoKiosks);
    CitizenPool pool = new CitizenPool(42L);
    for (VillageProfile p : v.all()) {
      for (int i = 0; i < 50; i++) {
        Citizen c = pool.citizen(p, i);
        assertTrue(Nik.isValid(c.nik()), c.nik());
        assertEquals(c, pool.citizen(p, i));
      }
    }
  }

  // ------------------------------------------------------------------ helpers

  static boolean isBad(KioskLines f, int i) {
    String prefix = f.name() + "|" + (i + 1) + "|";
    return truth.stream().anyMatch(t -> t.startsWith(prefix));
  }

  /** The re-sent file of a day is the one of the pair that is not the kiosk's usual format. */
  static boolean isResend(String name) {
    String stem = name.substring(0, name.indexOf(".jsonl"));
    List<KioskLines> pair = files.stream().filter(f -> f.stem().equals(stem)).toList();
    return pair.size() == 2 && deliveryOrder(pair).get(1).name().equals(name);
  }

  /** Within a day, the first export (fewer readable lines) comes before its re-send. */
  static List<KioskLines> deliveryOrder(List<KioskLines> sameDay) {
    List<KioskLines> l = new ArrayList<>(sameDay);
    l.sort(Comparator.comparingInt((KioskLines f) -> f.lines().size()).thenComparing(KioskLines::name));
    return l;
  }

  /** Reads every file in delivery order and classifies every line like ingestion must. */
  static Set<String> classifyAll() {
    RegionHierarchy regions = RegionHierarchy.banyuwangi();
    ServiceCatalog services = ServiceCatalog.standard();
    OffsetDateTime now = OffsetDateTime.now();
    Map<String, List<KioskLines>> byStem = new LinkedHashMap<>();
    files.forEach(f -> byStem.computeIfAbsent(f.stem(), k -> new ArrayList<>()).add(f));
    Set<String> seen = new HashSet<>();
    Set<String> found = new TreeSet<>();
    for (List<KioskLines> day : byStem.values()) {
      for (KioskLines f : deliveryOrder(day)) {
        if (f.truncated()) {
          found.add(f.name() + "||TRUNCATED_FILE");
        }
        for (int i = 0; i < f.lines().size(); i++) {
          String k = classify(f.lines().get(i), regions, services, now, seen);
          if (k != null) {
            found.add(f.name() + "|" + (i + 1) + "|" + k);
          }
        }
      }
    }
    return found;
  }

  static String classify(String line, RegionHierarchy regions, ServiceCatalog services,
      OffsetDateTime now, Set<String> seen) {
    JsonNode n;
    try {
      n = JSON.readTree(line);
    } catch (IOException e) {
      return ReasonCode.MALFORMED_JSON.name();
    }
    String schema = text(n, "schema");
    if (!"kiosk.v1".equals(schema) && !"kiosk.v2".equals(schema)) {
      return ReasonCode.UNKNOWN_SCHEMA.name();
    }
    for (String f : List.of("event_id", "txn_id", "kiosk_id", "village_code", "event_type",
        "event_at")) {
      if (text(n, f) == null) {
        return ReasonCode.MISSING_FIELD.name();
      }
    }
    String type = text(n, "event_type");
    boolean submitted = "SUBMITTED".equals(type);
    JsonNode citizen = n.get("citizen");
    if (submitted && (text(n, "service_code") == null || text(n, "channel") == null
        || citizen == null || citizen.isNull() || text(citizen, "nik") == null
        || text(citizen, "sex") == null || text(citizen, "birth_date") == null)) {
      return ReasonCode.MISSING_FIELD.name();
    }
    if (!EVENT_TYPES.contains(type)
        || (text(n, "channel") != null && !CHANNELS.contains(text(n, "channel")))
        || (submitted && !Set.of("L", "P").contains(text(citizen, "sex")))
        || (n.hasNonNull("rating") && (n.get("rating").asInt() < 1 || n.get("rating").asInt() > 5))
        || (n.hasNonNull("fee_idr") && n.get("fee_idr").asLong() < 0)) {
      return ReasonCode.INVALID_VALUE.name();
    }
    if (!regions.isVillage(text(n, "village_code"))) {
      return ReasonCode.UNKNOWN_VILLAGE.name();
    }
    if (submitted && !services.contains(text(n, "service_code"))) {
      return ReasonCode.UNKNOWN_SERVICE.name();
    }
    if (submitted && !Nik.isValid(text(citizen, "nik"))) {
      return ReasonCode.INVALID_NIK.name();
    }
    if (OffsetDateTime.parse(text(n, "event_at")).isAfter(now.plusDays(1))) {
      return ReasonCode.FUTURE_TIMESTAMP.name();
    }
    if (!seen.add(text(n, "event_id"))) {
      return KioskFault.DUPLICATE_EVENT;
    }
    return null;
  }

  static String text(JsonNode n, String field) {
    JsonNode v = n == null ? null : n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  static List<Path> allFiles(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }
}
