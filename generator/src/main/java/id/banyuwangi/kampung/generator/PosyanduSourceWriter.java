package id.banyuwangi.kampung.generator;

import id.banyuwangi.kampung.domain.growth.GrowthZScores;
import id.banyuwangi.kampung.domain.growth.Measurement;
import id.banyuwangi.kampung.domain.growth.Position;
import id.banyuwangi.kampung.domain.growth.Sex;
import id.banyuwangi.kampung.domain.growth.WhoGrowthStandards;
import id.banyuwangi.kampung.domain.progress.Progress;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Child growth measurements (contract section 4, e-PPGBM style):
 * {@code posyandu/eppgbm_<kecamatan>_<yyyy-MM>.csv}. The children are the village's residents
 * under five ({@link Demography}); about 82% of them take part (village coverage varies), and a
 * participant comes to the monthly session of their posyandu with probability ~0.8 (0.96 in the
 * February and August weighing months) while aged 0..1826 days. Length/height comes from the WHO
 * length/height-for-age LMS table at a child-specific z (growth faltering of 0.8 SD over the first
 * two years), weight from weight-for-length/height at a child-specific z plus visit noise; the
 * means are set so that stunting (latest valid measurement per child in the year) is about 18%
 * (SSGI 2022-2024 level) and wasting about 7%; underweight follows.
 */
final class PosyanduSourceWriter implements SourceWriter {
  static final String SOURCE = "posyandu";
  static final String[] COLUMNS = {"measurement_id", "child_id", "village_code", "sex",
      "birth_date", "measured_on", "weight_kg", "height_cm", "position"};
  static final double HAZ_MEAN = -0.66;
  static final double HAZ_SD = 1.05;
  static final double WHZ_MEAN = -0.67;
  static final double WHZ_SD = 0.85;
  static final double TYPO_RATE = 0.003;

  static final class Spec extends CsvSpec {
    Spec(GenerationContext ctx) {
      super(SOURCE, COLUMNS, new String[] {"measurement_id", "child_id", "sex", "birth_date",
          "measured_on"}, new String[] {"birth_date", "weight_kg", "measured_on"},
          new String[] {"keterangan", "operator", "tgl_export"}, List.of(FaultKind.MALFORMED_ROW,
              FaultKind.MISSING_FIELD, FaultKind.INVALID_VALUE, FaultKind.OUT_OF_RANGE,
              FaultKind.UNKNOWN_VILLAGE, FaultKind.FUTURE_DATE), ctx.regions());
    }

    @Override
    String[] phantom(String[] t, SplittableRandom r) {
      String[] row = t.clone();
      row[0] = t[0].substring(0, t[0].length() - 5) + (90_000 + r.nextInt(9_999));
      row[1] = "BLT" + t[2] + "-9" + String.format("%05d", r.nextInt(100_000));
      return row;
    }

    @Override
    void invalidValue(String[] row, SplittableRandom r) {
      switch (r.nextInt(6)) {
        case 0 -> row[6] = CsvSpec.commaDecimal(row[6]);
        case 1 -> row[3] = r.nextBoolean() ? "X" : "Perempuan";
        case 2 -> row[8] = r.nextBoolean() ? "B" : "berdiri";
        case 3 -> row[5] = CsvSpec.badDate(row[5], r);
        case 4 -> row[4] = CsvSpec.badDate(row[4], r);
        default -> row[7] = row[7] + " cm";
      }
    }

    @Override
    void outOfRange(String[] row, SplittableRandom r) {
      LocalDate measured = LocalDate.parse(row[5]);
      switch (r.nextInt(5)) {
        case 0 -> row[6] = r.nextBoolean() ? "0.5" : "0.4";
        case 1 -> row[7] = r.nextBoolean() ? "200.0" : "25.0";
        case 2 -> row[6] = "75.0";
        case 3 -> row[4] = measured.minusDays(1830 + r.nextInt(700)).toString();
        default -> row[4] = measured.plusDays(1 + r.nextInt(10)).toString();
      }
    }

    @Override
    void futureDate(String[] row, SplittableRandom r) {
      LocalDate birth = LocalDate.parse(row[4]);
      LocalDate measured = LocalDate.parse(row[5]);
      if (measured.toEpochDay() - birth.toEpochDay() > 1800) {
        birth = measured.minusDays(400);
      }
      int years = 2099 - measured.getYear();
      row[4] = birth.plusYears(years).toString();
      row[5] = measured.plusYears(years).toString();
    }
  }

  /** One generated row and its sort key. */
  record Visit(LocalDate date, int village, int serial, String[] row, boolean typo, String[] fix) {}

  /** Per-year prevalence counts (numerators and denominators). */
  static final class Counts {
    final long[] children;
    final long[] measurements;
    final long[] haz;
    final long[] stunted;
    final long[] whz;
    final long[] wasted;
    final long[] waz;
    final long[] underweight;
    final long[] perMonth;

    Counts(int years, int months) {
      perMonth = new long[months];
      children = new long[years];
      measurements = new long[years];
      haz = new long[years];
      stunted = new long[years];
      whz = new long[years];
      wasted = new long[years];
      waz = new long[years];
      underweight = new long[years];
    }

    synchronized void add(Counts o) {
      for (int i = 0; i < children.length; i++) {
        children[i] += o.children[i];
        measurements[i] += o.measurements[i];
        haz[i] += o.haz[i];
        stunted[i] += o.stunted[i];
        whz[i] += o.whz[i];
        wasted[i] += o.wasted[i];
        waz[i] += o.waz[i];
        underweight[i] += o.underweight[i];
      }
      for (int i = 0; i < perMonth.length; i++) {
        perMonth[i] += o.perMonth[i];
      }
    }
  }

  @Override
  public String source() {
    return SOURCE;
  }

  @Override
  public SourceResult write(GenerationContext ctx, Progress progress) throws IOException {
    Spec spec = new Spec(ctx);
    CsvSink sink = new CsvSink(spec, ctx);
    GeneratorConfig c = ctx.config();
    List<String> districts = ctx.regions().districts().stream().map(a -> a.code()).toList();
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = YearMonth.from(c.from()); !m.isAfter(YearMonth.from(c.to()));
        m = m.plusMonths(1)) {
      months.add(m);
    }
    int firstYear = c.from().getYear();
    int years = c.to().getYear() - firstYear + 1;
    long expectedRows = Math.round(ctx.demography().totalPopulation() * 0.072 * 0.82 * 0.8
        * months.size());
    Map<Integer, List<FaultKind>> forced = sink.forced(districts.size() * months.size(),
        expectedRows);
    // One corrected file a year: a kecamatan-month whose weight typos are re-sent fixed.
    Set<String> corrected = new HashSet<>();
    for (int y = 0; y < years; y++) {
      long h = Seeds.mix(c.seed(), Seeds.CHILD, firstYear + y);
      int year = firstYear + y;
      List<YearMonth> ms = months.stream().filter(m -> m.getYear() == year).toList();
      if (!ms.isEmpty()) {
        corrected.add(districts.get((int) Math.floorMod(h, (long) districts.size())) + "_"
            + ms.get((int) Math.floorMod(h >>> 20, (long) ms.size())));
      }
    }
    Map<String, List<VillageProfile>> byDistrict = new LinkedHashMap<>();
    for (VillageProfile v : ctx.villages().all()) {
      byDistrict.computeIfAbsent(v.districtCode(), k -> new ArrayList<>()).add(v);
    }
    Counts total = new Counts(years, months.size());
    progress.start(SOURCE, districts.size());
    int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "posyandu-generator");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int di = 0; di < districts.size(); di++) {
        int districtIndex = di;
        futures.add(pool.submit(() -> {
          String d = districts.get(districtIndex);
          Counts counts = new Counts(years, months.size());
          Map<YearMonth, List<Visit>> buckets = new LinkedHashMap<>();
          for (VillageProfile v : byDistrict.getOrDefault(d, List.of())) {
            village(ctx, v, months, corrected, buckets, counts);
          }
          total.add(counts);
          for (int mi = 0; mi < months.size(); mi++) {
            YearMonth m = months.get(mi);
            List<Visit> visits = new ArrayList<>(buckets.getOrDefault(m, List.of())); // sorted below: never the shared empty list
            visits.sort(Comparator.comparing(Visit::date).thenComparingInt(Visit::village)
                .thenComparingInt(Visit::serial));
            String stem = "eppgbm_" + d + "_" + m;
            CsvFile f = sink.file(stem + ".csv");
            CsvFile fix = corrected.contains(d + "_" + m) ? sink.standardFile(stem + "_koreksi.csv")
                : null;
            for (Visit v : visits) {
              f.good(v.row());
              if (fix != null && v.typo()) {
                fix.replacing(v.fix(), v.fix()[0]);
              }
            }
            sink.write(f, forced.getOrDefault(mi * districts.size() + districtIndex, List.of()));
            if (fix != null && !fix.rows.isEmpty()) {
              sink.write(fix, List.of());
            }
            if (districtIndex == districts.size() / 2 && mi == months.size() / 2
                && expectedRows >= 2_000) {
              // A late batch from a posyandu's own spreadsheet, missing a column.
              CsvFile late = sink.missingColumnFile(stem + "_susulan.csv");
              int n = Math.min(60, Math.max(3, visits.size() / 20));
              for (int i = 0; i < n && i < visits.size(); i++) {
                String[] row = visits.get(i).row().clone();
                row[0] = row[0].substring(0, row[0].length() - 5) + (80_000 + i);
                late.good(row);
              }
              sink.write(late, List.of());
            }
          }
          synchronized (progress) {
            progress.step(1);
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
      progress.done();
    }
    Map<String, Number> stats = new LinkedHashMap<>();
    double dsSum = 0;
    for (int mi = 0; mi < months.size(); mi++) {
      LocalDate monthEnd = months.get(mi).atEndOfMonth();
      LocalDate asOf = PopulationSourceWriter.asOfDates(c).stream()
          .filter(a -> !a.isAfter(monthEnd)).reduce((a, b) -> b).orElseThrow();
      long under5 = 0;
      for (Demography.Village v : ctx.demography().villages()) {
        under5 += v.aged(asOf, 0, 4).size();
      }
      dsSum += 100.0 * total.perMonth[mi] / Math.max(1, under5);
    }
    stats.put("coverage_ds_month_mean", dsSum / Math.max(1, months.size()));
    for (int y = 0; y < years; y++) {
      int year = firstYear + y;
      LocalDate yearEnd = LocalDate.of(year, 12, 31).isAfter(c.to()) ? c.to()
          : LocalDate.of(year, 12, 31);
      LocalDate asOf = PopulationSourceWriter.asOfDates(c).stream()
          .filter(a -> !a.isAfter(yearEnd)).reduce((a, b) -> b).orElseThrow();
      long under5 = 0;
      for (Demography.Village v : ctx.demography().villages()) {
        under5 += v.aged(asOf, 0, 4).size();
      }
      stats.put("children_measured_" + year, total.children[y]);
      stats.put("measurements_" + year, total.measurements[y]);
      stats.put("residents_0_4_" + year, under5);
      stats.put("coverage_ds_year_" + year, 100.0 * total.children[y] / Math.max(1, under5));
      stats.put("stunting_prevalence_" + year, 100.0 * total.stunted[y] / Math.max(1, total.haz[y]));
      stats.put("wasting_prevalence_" + year, 100.0 * total.wasted[y] / Math.max(1, total.whz[y]));
      stats.put("underweight_prevalence_" + year,
          100.0 * total.underweight[y] / Math.max(1, total.waz[y]));
    }
    return sink.finish(stats);
  }

  /** Generates every visit of the village's children into the month buckets. */
  private static void village(GenerationContext ctx, VillageProfile v, List<YearMonth> months,
      Set<String> corrected, Map<YearMonth, List<Visit>> buckets, Counts counts) {
    GeneratorConfig c = ctx.config();
    WhoTables who = WhoTables.load();
    WhoGrowthStandards standards = WhoGrowthStandards.load();
    long code = Long.parseLong(v.code());
    SplittableRandom vr = Seeds.rng(c.seed(), Seeds.CHILD, code);
    double coverage = clamp(0.78 + 0.06 * Seeds.normal(vr), 0.6, 0.95);
    double hazShift = 0.22 * Seeds.normal(vr);
    double whzShift = 0.12 * Seeds.normal(vr);
    int posyandu = Math.max(1, (int) Math.round(v.population() / 1500.0));
    int[] day = new int[posyandu];
    for (int i = 0; i < posyandu; i++) {
      day[i] = 3 + vr.nextInt(24);
    }
    LocalDate earliest = c.from().minusDays(1826);
    int firstYear = c.from().getYear();
    int years = counts.children.length;
    int[] seq = new int[months.size()];
    String district = v.districtCode();
    for (Demography.Young y : ctx.demography().village(v).young) {
      if (y.birth().isBefore(earliest)) {
        continue;
      }
      if (y.birth().isAfter(c.to())) {
        break;
      }
      SplittableRandom r = Seeds.rng(c.seed(), Seeds.CHILD, code, y.serial());
      if (r.nextDouble() >= coverage) {
        continue;
      }
      double zh = HAZ_MEAN + hazShift + HAZ_SD * Seeds.normal(r);
      double zw = WHZ_MEAN + whzShift + WHZ_SD * Seeds.normal(r);
      double attend = clamp(0.80 + 0.12 * Seeds.normal(r), 0.3, 0.98);
      int pos = r.nextInt(posyandu);
      String childId = "BLT" + v.code() + "-" + CsvSpec.pad(y.serial(), 6);
      String sex = y.sex() == 0 ? "L" : "P";
      Sex whoSex = y.sex() == 0 ? Sex.MALE : Sex.FEMALE;
      List<List<Measurement>> perYear = new ArrayList<>();
      for (int i = 0; i < years; i++) {
        perYear.add(new ArrayList<>());
      }
      for (int mi = 0; mi < months.size(); mi++) {
        YearMonth m = months.get(mi);
        LocalDate date = m.atDay(Math.min(day[pos], m.lengthOfMonth()));
        double p = m.getMonthValue() == 2 || m.getMonthValue() == 8 ? 0.96 : attend;
        double u = r.nextDouble();
        double noiseH = Seeds.normal(r);
        double noiseW = Seeds.normal(r);
        double posU = r.nextDouble();
        double typoU = r.nextDouble();
        double fixU = r.nextDouble();
        double fixD = r.nextDouble();
        if (date.isBefore(c.from()) || date.isAfter(c.to()) || date.isBefore(y.birth())) {
          continue;
        }
        int age = (int) (date.toEpochDay() - y.birth().toEpochDay());
        if (age > 1826 || u >= p) {
          continue;
        }
        double faltering = 0.3 - 0.8 * Math.min(1, age / 700.0);
        double length = who.length(y.sex(), age, zh + faltering + 0.12 * noiseH);
        double weight = who.weight(y.sex(), age, length, zw + 0.35 * noiseW);
        String position;
        double recorded = length;
        if (age < 731) {
          position = age >= 274 && posU < 0.03 ? "H" : "L";
          if (position.equals("H")) {
            recorded = length - 0.7;
          }
        } else {
          position = posU < 0.05 ? "L" : "H";
          if (position.equals("L")) {
            recorded = length + 0.7;
          }
        }
        double w = clamp(Math.round(weight * 10) / 10.0, 0.9, 58);
        double h = clamp(Math.round(recorded * 10) / 10.0, 38, 150);
        String id = v.code() + m.getYear() + CsvSpec.pad(m.getMonthValue(), 2)
            + CsvSpec.pad(++seq[mi], 5);
        String[] row = {id, childId, v.code(), sex, y.birth().toString(), date.toString(),
            fmt(w), fmt(h), position};
        boolean typo = w >= 9.0 && typoU < TYPO_RATE;
        boolean fixed = corrected.contains(district + "_" + m);
        String[] fix = null;
        double effectiveW = w;
        if (fixed && !typo && fixU < 0.03) {
          // Height misread in the first export (still plausible), restated in the correction.
          fix = row.clone();
          row[7] = fmt(clamp(h + (fixD < 0.5 ? -1 : 1) * (1 + Math.floor(fixD * 8) % 5), 38, 150));
          typo = true;
        } else if (typo) {
          // Weight keyed without the decimal point shifted (12.4 -> 1.2): kept, WHO-flagged.
          fix = row.clone();
          row[6] = fmt(Math.round(w) / 10.0);
          effectiveW = fixed ? w : Math.round(w) / 10.0;
        }
        buckets.computeIfAbsent(m, k -> new ArrayList<>())
            .add(new Visit(date, v.index(), y.serial(), row, typo, fix));
        int yi = m.getYear() - firstYear;
        perYear.get(yi).add(new Measurement(whoSex, age, effectiveW, h, Position.fromCode(position)));
        counts.measurements[yi]++;
        counts.perMonth[mi]++;
      }
      for (int yi = 0; yi < years; yi++) {
        List<Measurement> list = perYear.get(yi);
        if (list.isEmpty()) {
          continue;
        }
        counts.children[yi]++;
        boolean hazDone = false;
        boolean whzDone = false;
        boolean wazDone = false;
        for (int i = list.size() - 1; i >= 0 && !(hazDone && whzDone && wazDone); i--) {
          GrowthZScores z = standards.zScores(list.get(i));
          if (!hazDone && z.haz() != null && !z.hazFlag()) {
            hazDone = true;
            counts.haz[yi]++;
            counts.stunted[yi] += z.haz() < -2 ? 1 : 0;
          }
          if (!whzDone && z.whz() != null && !z.whzFlag()) {
            whzDone = true;
            counts.whz[yi]++;
            counts.wasted[yi] += z.whz() < -2 ? 1 : 0;
          }
          if (!wazDone && z.waz() != null && !z.wazFlag()) {
            wazDone = true;
            counts.waz[yi]++;
            counts.underweight[yi] += z.waz() < -2 ? 1 : 0;
          }
        }
      }
    }
  }

  static String fmt(double v) {
    return CsvSpec.tenths(v);
  }

  private static double clamp(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }
}
