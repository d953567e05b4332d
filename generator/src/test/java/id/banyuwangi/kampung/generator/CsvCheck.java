package id.banyuwangi.kampung.generator;

import id.banyuwangi.kampung.domain.region.RegionHierarchy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A reference reading of the CSV sources, written from the contract (not from the generator):
 * columns by header name, every fault of a row collected (so a row with two faults shows up), and
 * the valid rows returned as maps by column name.
 */
final class CsvCheck {
  static final Map<String, String[]> REQUIRED = Map.of(
      "population", new String[] {"village_code", "as_of", "sex", "age", "count"},
      "households", new String[] {"household_id", "village_code", "survey_year", "survey_date",
          "members", "expenditure_idr_month", "head_sex", "head_age", "head_education",
          "members_working_age", "members_employed", "members_jkn", "receives_pkh",
          "receives_bpnt", "water_source", "sanitation", "electricity"},
      "posyandu", new String[] {"measurement_id", "child_id", "village_code", "sex", "birth_date",
          "measured_on", "weight_kg", "height_cm", "position"},
      "schools", new String[] {"student_id", "village_code", "sex", "birth_date", "school_year",
          "level", "grade", "status"},
      "msme", new String[] {"business_id", "village_code", "kbli_section", "registered_on",
          "employees", "monthly_revenue_idr"},
      "bumdes", new String[] {"village_code", "year", "month", "revenue_idr", "expenses_idr",
          "assets_idr"},
      "idm", new String[] {"village_code", "year", "iks", "ike", "ikl"},
      "indeks_desa", new String[] {"village_code", "year", "skor", "status", "layanan_dasar",
          "sosial", "ekonomi", "lingkungan", "aksesibilitas", "tata_kelola"});
  /** Columns of each source (closed_on is optional). */
  static final Map<String, String[]> COLUMNS = Map.of(
      "msme", new String[] {"business_id", "village_code", "kbli_section", "registered_on",
          "closed_on", "employees", "monthly_revenue_idr"});

  /** One physical line of a file with the faults found. */
  record Line(String file, int lineNo, Map<String, String> row, Set<FaultKind> faults) {}

  /** One file read back: MISSING_COLUMN or its lines. */
  record FileRead(String name, boolean missingColumn, List<Line> lines) {}

  static final LocalDate TOMORROW = LocalDate.now().plusDays(1);
  private final RegionHierarchy regions = RegionHierarchy.banyuwangi();

  List<FileRead> read(Path out, String source) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(out.resolve(source))) {
      files = s.sorted().toList();
    }
    List<FileRead> reads = new ArrayList<>();
    for (Path p : files) {
      reads.add(readFile(source, p));
    }
    return reads;
  }

  FileRead readFile(String source, Path p) throws IOException {
    List<String> text = Files.readAllLines(p, StandardCharsets.UTF_8);
    List<String> header = split(text.get(0));
    String name = p.getFileName().toString();
    for (String col : REQUIRED.get(source)) {
      if (!header.contains(col)) {
        return new FileRead(name, true, List.of());
      }
    }
    List<Line> lines = new ArrayList<>();
    for (int i = 1; i < text.size(); i++) {
      List<String> f = split(text.get(i));
      Set<FaultKind> faults = EnumSet.noneOf(FaultKind.class);
      Map<String, String> row = new HashMap<>();
      if (f == null || f.size() != header.size()) {
        faults.add(FaultKind.MALFORMED_ROW);
      } else {
        for (int k = 0; k < header.size(); k++) {
          row.put(header.get(k), f.get(k));
        }
        check(source, row, faults);
      }
      lines.add(new Line(name, i + 1, row, faults));
    }
    return new FileRead(name, false, lines);
  }

  /** RFC 4180 fields of one physical line; null if a quote is unbalanced. */
  static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            b.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          b.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(b.toString());
        b.setLength(0);
      } else {
        b.append(c);
      }
    }
    if (quoted) {
      return null;
    }
    out.add(b.toString());
    return out;
  }

  private void check(String source, Map<String, String> r, Set<FaultKind> faults) {
    for (String col : REQUIRED.get(source)) {
      if (r.get(col).isEmpty()) {
        faults.add(FaultKind.MISSING_FIELD);
      }
    }
    if (!r.get("village_code").isEmpty() && !regions.isVillage(r.get("village_code"))) {
      faults.add(FaultKind.UNKNOWN_VILLAGE);
    }
    switch (source) {
      case "population" -> {
        date(r, "as_of", faults);
        enumOf(r, "sex", faults, "L", "P");
        range(integer(r, "age", faults), 0, 100, faults);
        range(integer(r, "count", faults), 0, Long.MAX_VALUE, faults);
      }
      case "households" -> {
        integer(r, "survey_year", faults);
        date(r, "survey_date", faults);
        Long members = integer(r, "members", faults);
        range(members, 1, Long.MAX_VALUE, faults);
        range(integer(r, "expenditure_idr_month", faults), 0, Long.MAX_VALUE, faults);
        enumOf(r, "head_sex", faults, "L", "P");
        integer(r, "head_age", faults);
        enumOf(r, "head_education", faults, HouseholdSourceWriter.EDUCATION);
        Long working = integer(r, "members_working_age", faults);
        Long employed = integer(r, "members_employed", faults);
        Long jkn = integer(r, "members_jkn", faults);
        if (members != null) {
          for (Long v : new Long[] {working, employed, jkn}) {
            range(v, 0, members, faults);
          }
        }
        if (working != null && employed != null && employed > working) {
          faults.add(FaultKind.OUT_OF_RANGE);
        }
        enumOf(r, "receives_pkh", faults, "true", "false");
        enumOf(r, "receives_bpnt", faults, "true", "false");
        enumOf(r, "water_source", faults, HouseholdSourceWriter.WATER);
        enumOf(r, "sanitation", faults, HouseholdSourceWriter.SANITATION);
        enumOf(r, "electricity", faults, HouseholdSourceWriter.ELECTRICITY);
      }
      case "posyandu" -> {
        enumOf(r, "sex", faults, "L", "P");
        LocalDate birth = date(r, "birth_date", faults);
        LocalDate measured = date(r, "measured_on", faults);
        if (birth != null && measured != null) {
          range(measured.toEpochDay() - birth.toEpochDay(), 0, 1826, faults);
        }
        rangeD(decimal(r, "weight_kg", faults), 0.9, 58, faults);
        rangeD(decimal(r, "height_cm", faults), 38, 150, faults);
        enumOf(r, "position", faults, "L", "H");
      }
      case "schools" -> {
        enumOf(r, "sex", faults, "L", "P");
        date(r, "birth_date", faults);
        String sy = r.get("school_year");
        if (!sy.isEmpty() && !(sy.matches("\\d{4}/\\d{4}") && Integer.parseInt(sy.substring(5))
            == Integer.parseInt(sy.substring(0, 4)) + 1)) {
          faults.add(FaultKind.INVALID_VALUE);
        }
        String level = r.get("level");
        enumOf(r, "level", faults, "SD", "SMP", "SMA");
        Long grade = integer(r, "grade", faults);
        switch (level) {
          case "SD" -> range(grade, 1, 6, faults);
          case "SMP" -> range(grade, 7, 9, faults);
          case "SMA" -> range(grade, 10, 12, faults);
          default -> { }
        }
        enumOf(r, "status", faults, "ACTIVE", "DROPPED_OUT", "GRADUATED", "TRANSFERRED_OUT");
      }
      case "msme" -> {
        String k = r.get("kbli_section");
        if (!k.isEmpty() && !k.matches("[A-U]")) {
          faults.add(FaultKind.INVALID_VALUE);
        }
        date(r, "registered_on", faults);
        if (!r.get("closed_on").isEmpty()) {
          date(r, "closed_on", faults);
        }
        range(integer(r, "employees", faults), 0, Long.MAX_VALUE, faults);
        range(integer(r, "monthly_revenue_idr", faults), 0, Long.MAX_VALUE, faults);
      }
      case "bumdes" -> {
        integer(r, "year", faults);
        range(integer(r, "month", faults), 1, 12, faults);
        for (String c : new String[] {"revenue_idr", "expenses_idr", "assets_idr"}) {
          range(integer(r, c, faults), 0, Long.MAX_VALUE, faults);
        }
      }
      case "idm" -> {
        integer(r, "year", faults);
        for (String c : new String[] {"iks", "ike", "ikl"}) {
          rangeD(decimal(r, c, faults), 0, 1, faults);
        }
      }
      case "indeks_desa" -> {
        Long year = integer(r, "year", faults);
        range(year, 2024, Long.MAX_VALUE, faults);
        if (year != null && year >= 2024 && LocalDate.of(year.intValue(), 1, 1).isAfter(TOMORROW)) {
          faults.add(FaultKind.FUTURE_DATE);
        }
        enumOf(r, "status", faults, "MANDIRI", "MAJU", "BERKEMBANG", "TERTINGGAL",
            "SANGAT_TERTINGGAL");
        for (String c : new String[] {"skor", "layanan_dasar", "sosial", "ekonomi", "lingkungan",
            "aksesibilitas", "tata_kelola"}) {
          rangeD(decimal(r, c, faults), 0, 100, faults);
        }
      }
      default -> throw new IllegalArgumentException(source);
    }
  }

  private static Long integer(Map<String, String> r, String col, Set<FaultKind> faults) {
    String v = r.get(col);
    if (v.isEmpty()) {
      return null;
    }
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      faults.add(FaultKind.INVALID_VALUE);
      return null;
    }
  }

  private static Double decimal(Map<String, String> r, String col, Set<FaultKind> faults) {
    String v = r.get(col);
    if (v.isEmpty()) {
      return null;
    }
    if (!v.matches("-?\\d+(\\.\\d+)?")) {
      faults.add(FaultKind.INVALID_VALUE);
      return null;
    }
    return Double.parseDouble(v);
  }

  private static LocalDate date(Map<String, String> r, String col, Set<FaultKind> faults) {
    String v = r.get(col);
    if (v.isEmpty()) {
      return null;
    }
    try {
      LocalDate d = LocalDate.parse(v);
      if (d.isAfter(TOMORROW)) {
        faults.add(FaultKind.FUTURE_DATE);
      }
      return d;
    } catch (DateTimeParseException e) {
      faults.add(FaultKind.INVALID_VALUE);
      return null;
    }
  }

  private static void enumOf(Map<String, String> r, String col, Set<FaultKind> faults,
      String... allowed) {
    String v = r.get(col);
    if (!v.isEmpty() && !List.of(allowed).contains(v)) {
      faults.add(FaultKind.INVALID_VALUE);
    }
  }

  private static void range(Long v, long lo, long hi, Set<FaultKind> faults) {
    if (v != null && (v < lo || v > hi)) {
      faults.add(FaultKind.OUT_OF_RANGE);
    }
  }

  private static void rangeD(Double v, double lo, double hi, Set<FaultKind> faults) {
    if (v != null && (v < lo || v > hi)) {
      faults.add(FaultKind.OUT_OF_RANGE);
    }
  }
}
