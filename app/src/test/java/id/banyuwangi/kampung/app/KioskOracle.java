package id.banyuwangi.kampung.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.banyuwangi.kampung.domain.region.RegionHierarchy;
import id.banyuwangi.kampung.domain.service.ServiceCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * An independent computation of the public-service indicators straight from the generated kiosk
 * files, in plain Java: the lines the generator marked as faults are left out (its ground truth,
 * written apart from the product's validation), the rest are folded into requests by the
 * contract's rules. The end-to-end test compares the API's answers with this.
 */
final class KioskOracle {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ZoneOffset WIB = ZoneOffset.ofHours(7);

  record Event(String txn, String village, String type, Instant at, String service, String channel) {}

  record Request(String village, String service, String channel, Instant submitted, String state,
      Instant stateAt) {}

  /** Numerator, denominator and value of one indicator in one area and period. */
  record Cell(double numerator, double denominator, Double value, long cellCount) {}

  final Set<String> niks = new HashSet<>();
  final Map<String, Long> faultsByKind = new HashMap<>();
  final List<Request> requests = new ArrayList<>();
  /** Records ingestion reads: every complete line, plus one break record per truncated gzip. */
  long linesRead;

  static KioskOracle of(Path sources) throws IOException {
    KioskOracle oracle = new KioskOracle();
    Set<String> faultyLines = oracle.readFaults(sources.resolve("_generator/kiosk_faults.csv"));
    Map<String, List<Event>> byTxn = new HashMap<>();
    try (Stream<Path> files = Files.list(sources.resolve("kiosk"))) {
      for (Path file : files.sorted().toList()) {
        List<String> lines = readLines(file);
        for (int i = 0; i < lines.size(); i++) {
          oracle.linesRead++;
          String line = lines.get(i);
          java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"nik\"\\s*:\\s*\"(\\d{16})\"").matcher(line);
          while (m.find()) {
            oracle.niks.add(m.group(1));
          }
          if (faultyLines.contains(file.getFileName() + ":" + (i + 1))) {
            continue;
          }
          JsonNode n = JSON.readTree(line);
          Event e = new Event(n.get("txn_id").asText(), n.get("village_code").asText(),
              n.get("event_type").asText(), OffsetDateTime.parse(n.get("event_at").asText()).toInstant(),
              text(n, "service_code"), text(n, "channel"));
          byTxn.computeIfAbsent(e.txn(), k -> new ArrayList<>()).add(e);
        }
      }
    }
    for (List<Event> events : byTxn.values()) {
      Event submitted = events.stream().filter(e -> e.type().equals("SUBMITTED")).findFirst().orElse(null);
      if (submitted == null) {
        continue; // indicators count only requests whose SUBMITTED is known
      }
      Event latest = events.stream()
          .max(Comparator.comparing(Event::at).thenComparing(e -> rank(e.type()))).orElseThrow();
      oracle.requests.add(new Request(submitted.village(), submitted.service(), submitted.channel(),
          submitted.at(), latest.type(), latest.at()));
    }
    return oracle;
  }

  private Set<String> readFaults(Path truth) throws IOException {
    Set<String> faulty = new HashSet<>();
    List<String> rows = Files.readAllLines(truth);
    for (String row : rows.subList(1, rows.size())) {
      String[] f = row.split(",", -1);
      faultsByKind.merge(f[2], 1L, Long::sum);
      if (!f[1].isEmpty()) {
        faulty.add(f[0] + ":" + f[1]);
      } else {
        linesRead++; // a truncated gzip: ingestion reads one break record after its complete lines
      }
    }
    return faulty;
  }

  private static int rank(String type) {
    return switch (type) {
      case "SUBMITTED" -> 0;
      case "IN_PROCESS" -> 1;
      default -> 2;
    };
  }

  private static String text(JsonNode n, String field) {
    return n.hasNonNull(field) ? n.get(field).asText() : null;
  }

  /**
   * Lines of a file. A truncated gzip yields every complete line decompressed before the break
   * (read in small chunks so as much as possible is recovered); a partial last line is dropped.
   */
  static List<String> readLines(Path file) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    boolean truncated = false;
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
      byte[] buf = new byte[512];
      int n;
      while ((n = in.read(buf)) > 0) {
        bytes.write(buf, 0, n);
      }
    } catch (java.io.EOFException | java.util.zip.ZipException e) {
      truncated = true;
    }
    String text = bytes.toString(StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    lines.remove(lines.size() - 1); // after the last newline: empty, or a partial line cut by truncation
    if (!truncated && !text.isEmpty() && !text.endsWith("\n")) {
      lines.add(text.substring(text.lastIndexOf('\n') + 1)); // a final line without newline is whole
    }
    return lines;
  }

  static String periodOf(Instant at, String kind) {
    var d = OffsetDateTime.ofInstant(at, WIB).toLocalDate();
    return switch (kind) {
      case "MONTH" -> String.format("%d-%02d", d.getYear(), d.getMonthValue());
      case "QUARTER" -> d.getYear() + "-Q" + ((d.getMonthValue() + 2) / 3);
      default -> Integer.toString(d.getYear());
    };
  }

  static boolean inArea(String village, String area) {
    return village.startsWith(area);
  }

  /** The indicator for one area (code prefix) and period, computed from the requests. */
  Cell compute(String indicator, String area, String period) {
    return compute(indicator, area, period, r -> true);
  }

  /** The indicator for one area and period over the requests of one breakdown member only. */
  Cell compute(String indicator, String area, String period, Predicate<Request> member) {
    String kind = period.contains("Q") ? "QUARTER" : period.contains("-") ? "MONTH" : "YEAR";
    ServiceCatalog services = ServiceCatalog.standard();
    List<Request> inArea = requests.stream().filter(r -> inArea(r.village(), area)).filter(member).toList();
    switch (indicator) {
      case "SERVICE_REQUESTS" -> {
        long n = inArea.stream().filter(r -> periodOf(r.submitted(), kind).equals(period)).count();
        return new Cell(n, Double.NaN, (double) n, n);
      }
      case "SELF_SERVICE_SHARE" -> {
        List<Request> sub = inArea.stream().filter(r -> periodOf(r.submitted(), kind).equals(period)).toList();
        long kiosk = sub.stream().filter(r -> "KIOSK".equals(r.channel())).count();
        return ratio(kiosk, sub.size());
      }
      case "SLA_COMPLIANCE", "MEDIAN_TURNAROUND_HOURS" -> {
        List<Request> done = inArea.stream()
            .filter(r -> r.state().equals("COMPLETED") && periodOf(r.stateAt(), kind).equals(period)).toList();
        if (indicator.equals("SLA_COMPLIANCE")) {
          long within = done.stream().filter(r -> hours(r) <= services.find(r.service()).orElseThrow().slaHours()).count();
          return ratio(within, done.size());
        }
        double[] h = done.stream().mapToDouble(KioskOracle::hours).sorted().toArray();
        Double median = h.length == 0 ? null
            : h.length % 2 == 1 ? h[h.length / 2] : (h[h.length / 2 - 1] + h[h.length / 2]) / 2;
        return new Cell(Double.NaN, h.length, median, h.length);
      }
      case "REJECTION_RATE" -> {
        List<Request> terminal = inArea.stream()
            .filter(r -> Set.of("COMPLETED", "REJECTED", "CANCELLED").contains(r.state())
                && periodOf(r.stateAt(), kind).equals(period)).toList();
        long rejected = terminal.stream().filter(r -> r.state().equals("REJECTED")).count();
        return ratio(rejected, terminal.size());
      }
      default -> throw new IllegalArgumentException(indicator);
    }
  }

  private static Cell ratio(long numerator, long denominator) {
    return new Cell(numerator, denominator, denominator == 0 ? null : 100.0 * numerator / denominator, denominator);
  }

  private static double hours(Request r) {
    return (r.stateAt().toEpochMilli() - r.submitted().toEpochMilli()) / 3_600_000.0;
  }

  static List<String> regencyAndDistricts() {
    List<String> areas = new ArrayList<>();
    areas.add(RegionHierarchy.REGENCY_CODE);
    RegionHierarchy.banyuwangi().districts().forEach(d -> areas.add(d.code()));
    return areas;
  }
}
