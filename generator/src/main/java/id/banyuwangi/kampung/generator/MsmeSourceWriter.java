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
 * Micro and small enterprises (contract section 6): {@code msme/umkm_<kecamatan>_<to>.csv}, the
 * registry as exported at the end of the period, every business registered since 2010 with
 * {@code closed_on} where it has closed. Registrations grow towards the NIB/OSS drive of 2021-2023;
 * businesses close at about 7% a year; the number registered is set so that about 85 per 1,000
 * residents are active at the end of the period (village rates vary, kelurahan higher). The sector
 * mix is dominated by trade (G), manufacturing (C, mostly food processing), food stalls (I) and
 * agriculture (A).
 */
final class MsmeSourceWriter implements SourceWriter {
  static final String SOURCE = LakeContract.MSME.dir();
  static final double ACTIVE_PER_1000 = 85;
  static final double CLOSURE_RATE = 0.07;
  static final String SECTIONS = "ABCDEFGHIJKLMNPQRS";
  private static final double[] SECTION_WEIGHTS = {8, 0.4, 18, 0.05, 0.3, 1.5, 42, 2.5, 15, 0.8,
      0.5, 0.5, 1, 1, 0.8, 0.5, 1, 5};
  private static final double[] SECTION_MEDIAN = {4, 6, 5, 8, 5, 9, 6, 6, 7, 5, 8, 6, 6, 5, 4, 6,
      4, 3.5};

  static final class Spec extends CsvSpec {
    Spec(GenerationContext ctx) {
      super(LakeContract.MSME, new String[] {"business_id", "kbli_section", "registered_on",
          "employees", "monthly_revenue_idr"}, new String[] {"kbli_section", "registered_on"},
          new String[] {"keterangan", "operator", "sumber"}, ROW_KINDS, ctx.regions());
    }

    @Override
    String[] phantom(String[] t, SplittableRandom r) {
      String[] row = t.clone();
      row[0] = "999" + String.format("%010d", r.nextInt(1_000_000_000));
      row[4] = "";
      return row;
    }

    @Override
    void invalidValue(String[] row, SplittableRandom r) {
      switch (r.nextInt(5)) {
        case 0 -> row[2] = new String[] {"47111", "G47", "PERDAGANGAN"}[r.nextInt(3)];
        case 1 -> row[5] = r.nextBoolean() ? "tiga" : "2,5";
        case 2 -> row[6] = CsvSpec.dotted(Long.parseLong(row[6]));
        default -> row[3] = CsvSpec.badDate(row[3], r);
      }
    }

    @Override
    void outOfRange(String[] row, SplittableRandom r) {
      if (r.nextBoolean()) {
        row[5] = Integer.toString(-1 - r.nextInt(3));
      } else {
        row[6] = Long.toString(-1000L * (1 + r.nextInt(5000)));
      }
    }

    @Override
    void futureDate(String[] row, SplittableRandom r) {
      row[3] = "2099" + row[3].substring(4);
      row[4] = "";
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
    LocalDate start = LocalDate.of(2010, 1, 1);
    LocalDate end = c.to();
    // Registration intensity by year (relative), peaking with the NIB drive.
    int years = end.getYear() - start.getYear() + 1;
    double[] intensity = new double[years];
    for (int i = 0; i < years; i++) {
      int y = start.getYear() + i;
      intensity[i] = y < 2016 ? 0.6 : y < 2021 ? 1.0 : y <= 2023 ? 2.4 : 1.6;
      if (y == end.getYear()) {
        intensity[i] *= (end.getDayOfYear()) / 365.0;
      }
    }
    // Expected share of registrations still open at the end.
    double sumW = 0;
    double sumSurv = 0;
    for (int i = 0; i < years; i++) {
      double mid = (end.getYear() - (start.getYear() + i)) + 0.5;
      sumW += intensity[i];
      sumSurv += intensity[i] * Math.exp(-CLOSURE_RATE * Math.max(0, mid - 0.5));
    }
    double survival = sumSurv / sumW;
    double[] yearCum = Seeds.cumulative(intensity);
    double[] sectorCum = Seeds.cumulative(SECTION_WEIGHTS);
    List<String> districts = ctx.regions().districts().stream().map(a -> a.code()).toList();
    Map<String, List<VillageProfile>> byDistrict = new LinkedHashMap<>();
    for (VillageProfile v : ctx.villages().all()) {
      byDistrict.computeIfAbsent(v.districtCode(), k -> new ArrayList<>()).add(v);
    }
    long expectedRows = Math.round(ctx.demography().totalPopulation() * ACTIVE_PER_1000 / 1000
        / survival);
    Map<Integer, List<ReasonCode>> forced = sink.forced(districts.size(), expectedRows);
    long listed = 0;
    long activeEnd = 0;
    long closedInPeriod = 0;
    long registeredInPeriod = 0;
    long[] bySection = new long[SECTIONS.length()];
    progress.start(SOURCE, districts.size());
    for (int di = 0; di < districts.size(); di++) {
      String d = districts.get(di);
      String stem = "umkm_" + d + "_" + end;
      CsvFile f = sink.file(stem + ".csv");
      boolean corrected = Math.floorMod(Seeds.mix(c.seed(), Seeds.MSME, 1),
          (long) districts.size()) == di;
      CsvFile fix = corrected ? sink.standardFile(stem + "_koreksi.csv") : null;
      List<String[]> rows = new ArrayList<>();
      for (VillageProfile v : byDistrict.getOrDefault(d, List.of())) {
        SplittableRandom r = Seeds.rng(c.seed(), Seeds.MSME, Long.parseLong(v.code()));
        double rate = ACTIVE_PER_1000 * Math.exp(0.25 * Seeds.normal(r)) * (v.kelurahan() ? 1.3
            : 0.96);
        int pop = ctx.demography().village(v).population;
        int n = Seeds.poisson(r, pop * rate / 1000 / survival);
        for (int i = 0; i < n; i++) {
          int yi = Seeds.pick(r, yearCum);
          int y = start.getYear() + yi;
          int maxDay = y == end.getYear() ? end.getDayOfYear()
              : LocalDate.of(y, 12, 31).getDayOfYear();
          LocalDate reg = LocalDate.ofYearDay(y, 1 + r.nextInt(maxDay));
          double life = -Math.log(1 - r.nextDouble()) / CLOSURE_RATE;
          LocalDate close = reg.plusDays(Math.max(30, Math.round(life * 365.25)));
          boolean closed = !close.isAfter(end);
          int s = Seeds.pick(r, sectorCum);
          double u = r.nextDouble();
          int employees = u < 0.05 ? 5 + r.nextInt(15) : 1 + (int) Math.floor(-Math.log(1
              - r.nextDouble()) * 0.9);
          employees = Math.min(employees, 19);
          long revenue = Math.round(Seeds.lognormal(r, SECTION_MEDIAN[s] * 1_000_000
              * Math.pow(employees, 0.6), 0.8) / 1000) * 1000;
          String id = "912" + CsvSpec.pad(v.index(), 3) + CsvSpec.pad(i + 1, 7);
          String[] row = {id, v.code(), String.valueOf(SECTIONS.charAt(s)), reg.toString(),
              closed ? close.toString() : "", Integer.toString(employees), Long.toString(revenue)};
          rows.add(row);
          listed++;
          if (!closed) {
            activeEnd++;
            bySection[s]++;
          } else if (!close.isBefore(c.from())) {
            closedInPeriod++;
          }
          if (!reg.isBefore(c.from())) {
            registeredInPeriod++;
          }
        }
      }
      rows.sort((a, b) -> a[3].compareTo(b[3]) != 0 ? a[3].compareTo(b[3]) : a[0].compareTo(b[0]));
      SplittableRandom cr = Seeds.rng(c.seed(), Seeds.MSME, 2, di);
      for (String[] row : rows) {
        if (fix != null && !row[4].isEmpty() && !LocalDate.parse(row[4]).isBefore(c.from())
            && cr.nextDouble() < 0.05) {
          // Closure reported late: the first export still shows the business open.
          String[] first = row.clone();
          first[4] = "";
          f.good(first);
          fix.replacing(row, row[0]);
        } else {
          f.good(row);
        }
      }
      sink.write(f, forced.getOrDefault(di, List.of()));
      if (fix != null && !fix.rows.isEmpty()) {
        sink.write(fix, List.of());
      }
      if (di == districts.size() / 2 && expectedRows >= 2_000 && !rows.isEmpty()) {
        sink.writeLateMissingColumnFile(stem + "_susulan.csv", rows, Math.min(40, Math.max(3, rows.size() / 100)),
            row -> {
              row[0] = "913" + row[0].substring(3);
              return row;
            });
      }
      progress.step(1);
    }
    progress.done();
    Map<String, Number> stats = new LinkedHashMap<>();
    long pop = ctx.demography().totalPopulation();
    stats.put("businesses_listed", listed);
    stats.put("active_at_end", activeEnd);
    stats.put("active_per_1000_residents", 1000.0 * activeEnd / Math.max(1, pop));
    stats.put("registered_in_period", registeredInPeriod);
    stats.put("closed_in_period", closedInPeriod);
    for (char s : "GCIA".toCharArray()) {
      stats.put("share_active_" + s, (double) bySection[SECTIONS.indexOf(s)] / Math.max(1,
          activeEnd));
    }
    return sink.finish(stats);
  }
}
