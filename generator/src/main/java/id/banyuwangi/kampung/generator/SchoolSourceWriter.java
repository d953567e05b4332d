package id.banyuwangi.kampung.generator;

import id.banyuwangi.kampung.domain.lake.LakeContract;
import id.banyuwangi.kampung.domain.lake.ReasonCode;
import id.banyuwangi.kampung.domain.progress.Progress;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * School enrolment (contract section 5, Dapodik style):
 * {@code schools/dapodik_<yyyy>-<yyyy+1>_<kecamatan>.csv}, one row per student per school year
 * overlapping {@code [from, to]}. Every student is a young resident of the village
 * ({@link Demography}) whose school career is simulated from entry: SD entry at 6 (7%), 7 (90%) or
 * 8 (3%) by age on 1 July, never enrolled 0.4%; grade repetition (10% in grade 1, 25% for those who
 * entered at 6, 5% in grade 2, 3% in grades 3-6, 0.6% SMP, 0.4% SMA), continuation SD to SMP 96%
 * and SMP to SMA (incl. SMK) 82%, dropout within a year 0.1% (SD), 0.5% (SMP), 1.1% (SMA), transfer
 * out 0.1%. Over-age repeaters and under-age entrants make APK exceed APM. A student keeps the same
 * id across years;
 * a student listed DROPPED_OUT or TRANSFERRED_OUT is not listed again; one in ten who completes a
 * level without continuing is listed once more as GRADUATED (an alumni record Dapodik carries
 * over).
 */
final class SchoolSourceWriter implements SourceWriter {
  static final String SOURCE = LakeContract.SCHOOLS.dir();

  static final class Spec extends CsvSpec {
    Spec(GenerationContext ctx) {
      super(LakeContract.SCHOOLS, new String[] {"student_id", "sex", "birth_date", "school_year",
          "level", "grade", "status"}, new String[] {"school_year", "level", "status"},
          new String[] {"keterangan", "operator", "sumber"}, ROW_KINDS, ctx.regions());
    }

    @Override
    String[] phantom(String[] t, SplittableRandom r) {
      String[] row = t.clone();
      row[0] = "99" + String.format("%09d", r.nextInt(1_000_000_000));
      return row;
    }

    @Override
    void invalidValue(String[] row, SplittableRandom r) {
      switch (r.nextInt(6)) {
        case 0 -> row[5] = r.nextBoolean() ? "SLTP" : "MI";
        case 1 -> row[7] = r.nextBoolean() ? "AKTIF" : "LULUS";
        case 2 -> row[4] = row[4].replace('/', '-');
        case 3 -> row[3] = CsvSpec.badDate(row[3], r);
        case 4 -> row[2] = r.nextBoolean() ? "X" : "Laki-laki";
        default -> row[6] = roman(Integer.parseInt(row[6]));
      }
    }

    @Override
    void outOfRange(String[] row, SplittableRandom r) {
      switch (row[5]) {
        case "SD" -> row[6] = r.nextBoolean() ? "7" : "0";
        case "SMP" -> row[6] = r.nextBoolean() ? "4" : "10";
        default -> row[6] = r.nextBoolean() ? "13" : "9";
      }
    }

    @Override
    void futureDate(String[] row, SplittableRandom r) {
      row[3] = "2099" + row[3].substring(4);
    }

    private static String roman(int g) {
      String[] r = {"0", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
      return r[Math.max(0, Math.min(12, g))];
    }
  }

  /** A student's listing in one school year. */
  record Listing(int year, String level, int grade, String status) {}

  @Override
  public String source() {
    return SOURCE;
  }

  /** First years of the school years (July to June) that overlap [from, to]. */
  static List<Integer> schoolYears(GeneratorConfig c) {
    List<Integer> out = new ArrayList<>();
    for (int y = c.from().getYear() - 1; y <= c.to().getYear(); y++) {
      LocalDate start = LocalDate.of(y, 7, 1);
      LocalDate end = LocalDate.of(y + 1, 6, 30);
      if (!start.isAfter(c.to()) && !end.isBefore(c.from())) {
        out.add(y);
      }
    }
    return out;
  }

  static String level(int grade) {
    return grade <= 6 ? "SD" : grade <= 9 ? "SMP" : "SMA";
  }

  /** The listings of one child in school years firstYear..lastYear. */
  static List<Listing> career(SplittableRandom r, LocalDate birth, int firstYear, int lastYear) {
    List<Listing> out = new ArrayList<>();
    double u = r.nextDouble();
    if (u < 0.004) {
      return out;
    }
    double e = r.nextDouble();
    int entryAge = e < 0.07 ? 6 : e < 0.97 ? 7 : 8;
    // School year starting in July of y: age on 1 July of y.
    int y = birth.getYear() + entryAge;
    if (Demography.age(birth, LocalDate.of(y, 7, 1)) < entryAge) {
      y++;
    }
    int grade = 1;
    boolean early = entryAge == 6;
    while (y <= lastYear) {
      double d = r.nextDouble();
      double rep = r.nextDouble();
      double cont = r.nextDouble();
      double alumni = r.nextDouble();
      String lvl = level(grade);
      double drop = lvl.equals("SD") ? 0.001 : lvl.equals("SMP") ? 0.005 : 0.011;
      String status = d < drop ? "DROPPED_OUT" : d < drop + 0.001 ? "TRANSFERRED_OUT" : "ACTIVE";
      if (y >= firstYear) {
        out.add(new Listing(y, lvl, grade, status));
      }
      if (!status.equals("ACTIVE")) {
        return out;
      }
      double repeat = switch (grade) {
        case 1 -> early ? 0.25 : 0.10;
        case 2 -> 0.05;
        case 3, 4, 5, 6 -> 0.03;
        case 7, 8, 9 -> 0.006;
        default -> 0.004;
      };
      y++;
      if (rep < repeat) {
        continue;
      }
      if (grade == 6 || grade == 9 || grade == 12) {
        double p = grade == 6 ? 0.96 : grade == 9 ? 0.82 : 0.0;
        if (cont >= p) {
          if (alumni < 0.1 && y >= firstYear && y <= lastYear) {
            out.add(new Listing(y, lvl, grade, "GRADUATED"));
          }
          return out;
        }
      }
      grade++;
    }
    return out;
  }

  @Override
  public SourceResult write(GenerationContext ctx, Progress progress) throws IOException {
    Spec spec = new Spec(ctx);
    CsvSink sink = new CsvSink(spec, ctx);
    GeneratorConfig c = ctx.config();
    List<Integer> years = schoolYears(c);
    List<String> districts = ctx.regions().districts().stream().map(a -> a.code()).toList();
    Map<String, List<VillageProfile>> byDistrict = new LinkedHashMap<>();
    for (VillageProfile v : ctx.villages().all()) {
      byDistrict.computeIfAbsent(v.districtCode(), k -> new ArrayList<>()).add(v);
    }
    int firstYear = years.get(0);
    int lastYear = years.get(years.size() - 1);
    long expectedRows = Math.round(ctx.demography().totalPopulation() * 0.2 * years.size());
    Map<Integer, List<ReasonCode>> forced = sink.forced(districts.size() * years.size(),
        expectedRows);
    // [year][level SD,SMP,SMA]: active any age, active official age, residents official age
    long[][] active = new long[years.size()][3];
    long[][] activeOfficial = new long[years.size()][3];
    long[][] residents = new long[years.size()][3];
    long[] listed = new long[years.size()];
    long[] dropped = new long[years.size()];
    progress.start(SOURCE, districts.size());
    // Rows per [district][year].
    for (int di = 0; di < districts.size(); di++) {
      String d = districts.get(di);
      List<List<String[]>> rows = new ArrayList<>();
      for (int i = 0; i < years.size(); i++) {
        rows.add(new ArrayList<>());
      }
      for (VillageProfile v : byDistrict.getOrDefault(d, List.of())) {
        Demography.Village village = ctx.demography().village(v);
        for (int yi = 0; yi < years.size(); yi++) {
          LocalDate june = LocalDate.of(years.get(yi), 6, 30);
          int[][] counts = village.counts(june);
          for (int s = 0; s < 2; s++) {
            for (int a = 7; a <= 18; a++) {
              residents[yi][a <= 12 ? 0 : a <= 15 ? 1 : 2] += counts[s][a];
            }
          }
        }
        long code = Long.parseLong(v.code());
        for (Demography.Young y : village.young) {
          int ageFirst = Demography.age(y.birth(), LocalDate.of(lastYear, 7, 1));
          int ageLast = Demography.age(y.birth(), LocalDate.of(firstYear, 7, 1));
          if (ageFirst < 5 || ageLast > 24) {
            continue;
          }
          SplittableRandom r = Seeds.rng(c.seed(), Seeds.STUDENT, code, y.serial());
          List<Listing> career = career(r, y.birth(), firstYear, lastYear);
          if (career.isEmpty()) {
            continue;
          }
          String id = CsvSpec.pad(y.birth().getYear() % 100, 2) + CsvSpec.pad(v.index(), 3)
              + CsvSpec.pad(y.serial(), 6);
          for (Listing l : career) {
            int yi = l.year() - firstYear;
            rows.get(yi).add(new String[] {id, v.code(), y.sex() == 0 ? "L" : "P",
                y.birth().toString(), l.year() + "/" + (l.year() + 1), l.level(),
                Integer.toString(l.grade()), l.status()});
            listed[yi]++;
            if (l.status().equals("DROPPED_OUT")) {
              dropped[yi]++;
            }
            if (l.status().equals("ACTIVE")) {
              int li = l.level().equals("SD") ? 0 : l.level().equals("SMP") ? 1 : 2;
              int age = Demography.age(y.birth(), LocalDate.of(l.year(), 7, 1));
              active[yi][li]++;
              int lo = li == 0 ? 7 : li == 1 ? 13 : 16;
              int hi = li == 0 ? 12 : li == 1 ? 15 : 18;
              if (age >= lo && age <= hi) {
                activeOfficial[yi][li]++;
              }
            }
          }
        }
      }
      for (int yi = 0; yi < years.size(); yi++) {
        int year = years.get(yi);
        String stem = "dapodik_" + year + "-" + (year + 1) + "_" + d;
        CsvFile f = sink.file(stem + ".csv");
        boolean corrected = Math.floorMod(Seeds.mix(c.seed(), Seeds.STUDENT, year),
            (long) districts.size()) == di;
        CsvFile fix = corrected ? sink.standardFile(stem + "_koreksi.csv") : null;
        SplittableRandom cr = Seeds.rng(c.seed(), Seeds.STUDENT, year, di);
        for (String[] row : rows.get(yi)) {
          if (fix != null && row[7].equals("ACTIVE") && cr.nextDouble() < 0.003) {
            // First export had the previous year's grade; the correction restates it.
            String[] first = row.clone();
            int g = Integer.parseInt(row[6]);
            if (g != 1 && g != 7 && g != 10) {
              first[6] = Integer.toString(g - 1);
              f.good(first);
              fix.replacing(row, CsvFile.key(row[0], row[4]));
              continue;
            }
          }
          f.good(row);
        }
        sink.write(f, forced.getOrDefault(yi * districts.size() + di, List.of()));
        if (fix != null && !fix.rows.isEmpty()) {
          sink.write(fix, List.of());
        }
        if (di == districts.size() / 2 && yi == years.size() - 1 && expectedRows >= 2_000) {
          List<String[]> src = rows.get(yi);
          sink.writeLateMissingColumnFile(stem + "_susulan.csv", src, Math.min(80, Math.max(3, src.size() / 50)),
              row -> {
                row[0] = "98" + row[0].substring(2);
                return row;
              });
        }
      }
      progress.step(1);
    }
    progress.done();
    Map<String, Number> stats = new LinkedHashMap<>();
    String[] names = {"sd", "smp", "sma"};
    for (int yi = 0; yi < years.size(); yi++) {
      String sy = years.get(yi) + "_" + (years.get(yi) + 1);
      stats.put("students_listed_" + sy, listed[yi]);
      for (int li = 0; li < 3; li++) {
        double den = Math.max(1, residents[yi][li]);
        stats.put("apm_" + names[li] + "_" + sy, 100 * activeOfficial[yi][li] / den);
        stats.put("apk_" + names[li] + "_" + sy, 100 * active[yi][li] / den);
      }
      stats.put("dropout_rate_" + sy, 100.0 * dropped[yi] / Math.max(1, listed[yi]));
    }
    return sink.finish(stats);
  }
}
