package id.banyuwangi.kampung.generator;

import id.banyuwangi.kampung.domain.lake.LakeContract;
import id.banyuwangi.kampung.domain.lake.ReasonCode;
import id.banyuwangi.kampung.domain.progress.Progress;
import id.banyuwangi.kampung.domain.region.Area;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Civil registry aggregates (contract section 2): {@code population/siak_<as_of>_<kecamatan>.csv},
 * residents per village, sex and single year of age (100 = 100+) at every semester end in
 * {@code [from, to]} and the last one before {@code from}, from {@link Demography}.
 */
final class PopulationSourceWriter implements SourceWriter {
  static final String SOURCE = LakeContract.POPULATION.dir();

  static final class Spec extends CsvSpec {
    Spec(GenerationContext ctx) {
      super(LakeContract.POPULATION, new String[] {"as_of", "sex", "age", "count"},
          new String[] {"count", "age", "sex"}, new String[] {"keterangan", "operator",
              "tgl_export"}, ROW_KINDS, ctx.regions());
    }

    @Override
    String[] phantom(String[] t, SplittableRandom r) {
      return t.clone();
    }

    @Override
    void invalidValue(String[] row, SplittableRandom r) {
      switch (r.nextInt(4)) {
        case 0 -> row[2] = r.nextBoolean() ? "X" : "Laki-laki";
        case 1 -> row[4] = r.nextBoolean() ? CsvSpec.commaDecimal(row[4]) : "dua belas";
        case 2 -> row[3] = row[3] + " th";
        default -> row[1] = CsvSpec.badDate(row[1], r);
      }
    }

    @Override
    void outOfRange(String[] row, SplittableRandom r) {
      if (r.nextBoolean()) {
        row[4] = Integer.toString(-1 - r.nextInt(20));
      } else {
        row[3] = Integer.toString(r.nextBoolean() ? 101 + r.nextInt(30) : -1);
      }
    }

    @Override
    void futureDate(String[] row, SplittableRandom r) {
      row[1] = "2099" + row[1].substring(4);
    }
  }

  @Override
  public String source() {
    return SOURCE;
  }

  /**
   * Semester ends (06-30, 12-31) within [from, to], preceded by the last one before from, and the
   * 30 June that starts each school year in the files (APM/APK count residents as of that day).
   */
  static List<LocalDate> asOfDates(GeneratorConfig c) {
    java.util.SortedSet<LocalDate> out = new java.util.TreeSet<>();
    for (int firstYear : SchoolSourceWriter.schoolYears(c)) {
      out.add(LocalDate.of(firstYear, 6, 30));
    }
    LocalDate before = c.from().getMonthValue() > 6 || (c.from().getMonthValue() == 6
        && c.from().getDayOfMonth() == 30)
        ? LocalDate.of(c.from().getYear(), 6, 30) : LocalDate.of(c.from().getYear() - 1, 12, 31);
    if (!before.isBefore(c.from())) {
      before = before.getMonthValue() == 6 ? LocalDate.of(before.getYear() - 1, 12, 31)
          : LocalDate.of(before.getYear(), 6, 30);
    }
    out.add(before);
    for (int y = c.from().getYear(); y <= c.to().getYear(); y++) {
      for (LocalDate d : List.of(LocalDate.of(y, 6, 30), LocalDate.of(y, 12, 31))) {
        if (!d.isBefore(c.from()) && !d.isAfter(c.to())) {
          out.add(d);
        }
      }
    }
    return new ArrayList<>(out);
  }

  @Override
  public SourceResult write(GenerationContext ctx, Progress progress) throws IOException {
    Spec spec = new Spec(ctx);
    CsvSink sink = new CsvSink(spec, ctx);
    List<LocalDate> dates = asOfDates(ctx.config());
    List<Area> districts = ctx.regions().districts();
    Map<String, List<VillageProfile>> byDistrict = new LinkedHashMap<>();
    for (VillageProfile v : ctx.villages().all()) {
      byDistrict.computeIfAbsent(v.districtCode(), k -> new ArrayList<>()).add(v);
    }
    int nFiles = dates.size() * districts.size();
    long expectedRows = (long) ctx.villages().all().size() * 202 * dates.size();
    Map<Integer, List<ReasonCode>> forced = sink.forced(nFiles, expectedRows);
    progress.start(SOURCE, nFiles);
    Map<String, Number> stats = new LinkedHashMap<>();
    long[] last = new long[4];
    int fileIndex = 0;
    // One correction per semester end: a kecamatan's export re-sent with a few counts fixed.
    for (int di = 0; di < dates.size(); di++) {
      LocalDate asOf = dates.get(di);
      int correctedDistrict = (int) Math.floorMod(Seeds.mix(ctx.config().seed(), Seeds.POPULATION,
          asOf.toEpochDay()), (long) districts.size());
      for (int k = 0; k < districts.size(); k++) {
        Area d = districts.get(k);
        String name = "siak_" + asOf + "_" + d.code() + ".csv";
        CsvFile f = sink.file(name);
        CsvFile correction = k == correctedDistrict
            ? sink.standardFile("siak_" + asOf + "_" + d.code() + "_koreksi.csv") : null;
        SplittableRandom cr = Seeds.rng(ctx.config().seed(), Seeds.POPULATION, asOf.toEpochDay(),
            Long.parseLong(d.code()));
        for (VillageProfile v : byDistrict.getOrDefault(d.code(), List.of())) {
          int[][] counts = ctx.demography().village(v).counts(asOf);
          for (int s = 0; s < 2; s++) {
            for (int a = 0; a <= Demography.MAX_AGE; a++) {
              String[] row = {v.code(), asOf.toString(), s == 0 ? "L" : "P", Integer.toString(a),
                  Integer.toString(counts[s][a])};
              if (correction != null && counts[s][a] > 3 && cr.nextDouble() < 0.02) {
                // First export off by a few; the correction file restates the true count.
                String[] first = row.clone();
                first[4] = Integer.toString(Math.max(0, counts[s][a] + (cr.nextBoolean() ? 1 : -1)
                    * (1 + cr.nextInt(3))));
                f.good(first);
                correction.replacing(row, CsvFile.key(row[0], row[1], row[2], row[3]));
              } else {
                f.good(row);
              }
              if (di == dates.size() - 1) {
                last[s] += counts[s][a];
                last[2] += a <= 4 ? counts[s][a] : 0;
                last[3] += a >= 65 ? counts[s][a] : 0;
              }
            }
          }
        }
        sink.write(f, forced.getOrDefault(fileIndex++, List.of()));
        if (correction != null && !correction.rows.isEmpty()) {
          sink.write(correction, List.of());
        }
        progress.step(1);
      }
    }
    if (expectedRows >= 2_000) {
      // A draft export whose header lacks a column: one village of one kecamatan.
      LocalDate asOf = dates.get(dates.size() / 2);
      VillageProfile v = ctx.villages().all().get((int) Math.floorMod(
          Seeds.mix(ctx.config().seed(), Seeds.POPULATION, 7), (long) ctx.villages().all().size()));
      CsvFile f = sink.missingColumnFile("siak_" + asOf + "_" + v.districtCode() + "_draf.csv");
      int[][] counts = ctx.demography().village(v).counts(asOf);
      for (int s = 0; s < 2; s++) {
        for (int a = 0; a <= Demography.MAX_AGE; a++) {
          f.good(new String[] {v.code(), asOf.toString(), s == 0 ? "L" : "P",
              Integer.toString(a), Integer.toString(counts[s][a])});
        }
      }
      sink.write(f, List.of());
    }
    progress.done();
    long total = last[0] + last[1];
    stats.put("as_of_dates", (long) dates.size());
    stats.put("population_total", total);
    stats.put("population_male", last[0]);
    stats.put("population_female", last[1]);
    stats.put("share_age_0_4", total == 0 ? 0.0 : (double) last[2] / total);
    stats.put("share_age_65_plus", total == 0 ? 0.0 : (double) last[3] / total);
    return sink.finish(stats);
  }
}
