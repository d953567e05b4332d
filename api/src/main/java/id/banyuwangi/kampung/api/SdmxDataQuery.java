package id.banyuwangi.kampung.api;

import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.domain.period.Period;
import id.banyuwangi.kampung.domain.period.PeriodKind;
import id.banyuwangi.kampung.domain.region.RegionHierarchy;
import id.banyuwangi.kampung.read.CellFilter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An SDMX REST data query turned into the cells it names ({@link CellFilter}): the key (one
 * position per dimension, dot-separated, each empty or {@code *} for any, or codes joined by
 * {@code +} or {@code ,}; {@code *}, {@code all} or nothing for everything), the {@code c[DIM]=}
 * filters (codes joined by {@code ,}, optionally {@code eq:}; {@code c[TIME_PERIOD]=ge:2024+le:2024-12}),
 * {@code startPeriod} and {@code endPeriod} (a period such as 2024, 2024-Q1, 2024-03, or a date).
 * Every code is checked against its codelist: a code no codelist holds is a 400, never a query.
 */
final class SdmxDataQuery {
  private static final int LONGEST = 2000;
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_]{1,40}");
  private static final Pattern TIME_OPERATOR = Pattern.compile("(ge|gt|le|lt|eq):(.+)");

  private SdmxDataQuery() {}

  /** The cells of {@code key} and the request's filters under {@code structure}. */
  static CellFilter filter(SdmxStructure structure, String key, Params params) {
    Map<String, Set<String>> wanted = new HashMap<>();
    keyPositions(structure, key, wanted);
    for (SdmxStructure.Dimension d : structure.dimensions()) {
      String c = params.query("c[" + d.id() + "]");
      if (c != null && !c.isEmpty()) {
        Set<String> codes = codes(structure, d, c.startsWith("eq:") ? c.substring(3) : c, ",");
        wanted.merge(d.id(), codes, (a, b) -> {
          Set<String> both = new LinkedHashSet<>(a);
          both.retainAll(b);
          return both;
        });
      }
    }
    LocalDate[] bounds = {start(params.query("startPeriod"), "startPeriod"), end(params.query("endPeriod"), "endPeriod")};
    String time = params.query("c[" + SdmxStructure.TIME_PERIOD + "]");
    if (time != null && !time.isEmpty()) {
      timeFilter(time, bounds);
    }
    return cellFilter(structure, wanted, bounds[0], bounds[1]);
  }

  private static void keyPositions(SdmxStructure structure, String key, Map<String, Set<String>> wanted) {
    if (key == null || key.isEmpty() || key.equals("*") || key.equals("all")) {
      return;
    }
    if (key.length() > LONGEST) {
      throw new BadRequest("the key is too long");
    }
    String[] positions = key.split("\\.", -1);
    List<SdmxStructure.Dimension> dims = structure.dimensions();
    if (positions.length != dims.size()) {
      throw new BadRequest("the key has " + positions.length + " positions but the data structure has " + dims.size()
          + " dimensions: " + String.join(".", dims.stream().map(SdmxStructure.Dimension::id).toList())
          + " (leave a position empty or * for any)");
    }
    for (int i = 0; i < positions.length; i++) {
      if (!positions[i].isEmpty() && !positions[i].equals("*")) {
        wanted.put(dims.get(i).id(), codes(structure, dims.get(i), positions[i], "[+,]"));
      }
    }
  }

  private static Set<String> codes(SdmxStructure structure, SdmxStructure.Dimension d, String raw, String separator) {
    if (raw.length() > LONGEST) {
      throw new BadRequest("the filter of " + d.id() + " is too long");
    }
    Set<String> codes = new LinkedHashSet<>();
    for (String code : raw.split(separator)) {
      if (!CODE.matcher(code).matches() || !known(structure, d, code)) {
        throw new BadRequest("unknown code" + (CODE.matcher(code).matches() ? " " + code : "") + " for dimension "
            + d.id() + ": /sdmx/3.0/structure/codelist/" + SdmxStructure.AGENCY + "/" + d.codelist() + " lists its codes");
      }
      codes.add(code);
    }
    return codes;
  }

  private static boolean known(SdmxStructure structure, SdmxStructure.Dimension d, String code) {
    return switch (d.id()) {
      case "FREQ" -> SdmxStructure.FREQ.containsValue(code);
      case "REF_AREA" -> RegionHierarchy.banyuwangi().find(code).isPresent();
      case "INDICATOR" -> structure.catalog().find(code).isPresent();
      default -> code.equals(CellFilter.TOTAL)
          || structure.catalog().breakdown(d.breakdown()).flatMap(b -> b.member(code)).isPresent();
    };
  }

  private static void timeFilter(String raw, LocalDate[] bounds) {
    if (raw.length() > 100) {
      throw new BadRequest("the filter of TIME_PERIOD is too long");
    }
    for (String part : raw.split("[+ ]")) { // a + left unencoded in a query arrives as a space
      Matcher m = TIME_OPERATOR.matcher(part);
      if (!m.matches()) {
        throw new BadRequest("c[TIME_PERIOD] takes ge:, gt:, le:, lt: or eq: and a period, joined by +: "
            + "c[TIME_PERIOD]=ge:2024-01+le:2024-12");
      }
      String name = "c[TIME_PERIOD]";
      switch (m.group(1)) {
        case "ge" -> bounds[0] = later(bounds[0], start(m.group(2), name));
        case "gt" -> bounds[0] = later(bounds[0], end(m.group(2), name).plusDays(1));
        case "le" -> bounds[1] = earlier(bounds[1], end(m.group(2), name));
        case "lt" -> bounds[1] = earlier(bounds[1], start(m.group(2), name).minusDays(1));
        default -> {
          bounds[0] = later(bounds[0], start(m.group(2), name));
          bounds[1] = earlier(bounds[1], end(m.group(2), name));
        }
      }
    }
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a == null || b.isAfter(a) ? b : a;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a == null || b.isBefore(a) ? b : a;
  }

  /** The first day of a period or a date; null when absent. */
  static LocalDate start(String raw, String name) {
    return raw == null || raw.isEmpty() ? null : period(raw, name)[0];
  }

  /** The last day of a period or a date; null when absent. */
  static LocalDate end(String raw, String name) {
    return raw == null || raw.isEmpty() ? null : period(raw, name)[1];
  }

  private static LocalDate[] period(String raw, String name) {
    String message = name + " must be a period (2024, 2024-Q1, 2024-03) or a date (2024-03-31)";
    if (raw.length() > 20) {
      throw new BadRequest(message);
    }
    try {
      LocalDate day = LocalDate.parse(raw);
      return new LocalDate[] {day, day};
    } catch (DateTimeParseException e) {
      // not a date: a period
    }
    try {
      Period p = Period.parse(raw);
      return new LocalDate[] {p.start(), p.end()};
    } catch (IllegalArgumentException e) {
      throw new BadRequest(message);
    }
  }

  private static CellFilter cellFilter(SdmxStructure structure, Map<String, Set<String>> wanted, LocalDate from,
      LocalDate to) {
    List<PeriodKind> kinds = new ArrayList<>();
    wanted.getOrDefault("FREQ", Set.of()).forEach(f -> SdmxStructure.FREQ.forEach((kind, code) -> {
      if (code.equals(f)) {
        kinds.add(kind);
      }
    }));
    Map<String, Set<String>> members = new HashMap<>();
    Map<String, Set<String>> bands = new HashMap<>();
    Map<String, List<String>> bandIndicators = new HashMap<>();
    for (SdmxStructure.Dimension d : structure.dimensions()) {
      Set<String> codes = wanted.get(d.id());
      if (d.breakdown() == null || codes == null) {
        continue;
      }
      if (d.band()) {
        bands.put(d.breakdown(), codes);
        bandIndicators.put(d.breakdown(), structure.catalog().all().stream()
            .filter(i -> i.categoryBreakdown().filter(d.breakdown()::equals).isPresent()).map(Indicator::code).toList());
      } else {
        members.put(d.breakdown(), codes);
      }
    }
    return new CellFilter(List.copyOf(wanted.getOrDefault("INDICATOR", Set.of())),
        List.copyOf(wanted.getOrDefault("REF_AREA", Set.of())), List.of(), kinds, List.of(), List.of(), from, to,
        members, bands, bandIndicators);
  }
}
