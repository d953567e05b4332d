package id.banyuwangi.kampung.generator;

import id.banyuwangi.kampung.domain.progress.Progress;
import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Village-owned enterprises (contract section 7): {@code bumdes/laporan_bumdes_<yyyy-MM>.csv}, one
 * row per desa with a BUMDes (92% of desa; kelurahan have none) and month, about 5% of monthly
 * reports missing. Revenue is lognormal between desa (median Rp 18 million a month), tourism desa
 * (10%) three times larger with school-holiday and year-end peaks, growing 8% a year; expenses are
 * 75-105% of revenue; assets grow with retained profit.
 */
final class BumdesSourceWriter implements SourceWriter {
  static final String SOURCE = "bumdes";
  static final String[] COLUMNS = {"village_code", "year", "month", "revenue_idr", "expenses_idr",
      "assets_idr"};

  static final class Spec extends CsvSpec {
    Spec(GenerationContext ctx) {
      super(SOURCE, COLUMNS, new String[] {"year", "month", "revenue_idr", "expenses_idr",
          "assets_idr"}, new String[] {"revenue_idr", "assets_idr"}, new String[] {"keterangan",
              "operator"}, List.of(FaultKind.MALFORMED_ROW, FaultKind.MISSING_FIELD,
              FaultKind.INVALID_VALUE, FaultKind.OUT_OF_RANGE, FaultKind.UNKNOWN_VILLAGE),
          ctx.regions());
    }

    @Override
    void invalidValue(String[] row, SplittableRandom r) {
      switch (r.nextInt(3)) {
        case 0 -> row[3] = "Rp " + CsvSpec.dotted(Long.parseLong(row[3]));
        case 1 -> row[4] = CsvSpec.commaDecimal(Long.toString(Long.parseLong(row[4]) / 1000));
        default -> row[2] = new String[] {"Mei", "Agustus", "Des"}[r.nextInt(3)];
      }
    }

    @Override
    void outOfRange(String[] row, SplittableRandom r) {
      int col = 3 + r.nextInt(3);
      // a negative amount; "-0" would read as a valid 0
      row[col] = row[col].equals("0") ? "-1000000" : "-" + row[col];
    }

    @Override
    void futureDate(String[] row, SplittableRandom r) {
      throw new UnsupportedOperationException("bumdes has no dates");
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
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = YearMonth.from(c.from()); !m.isAfter(YearMonth.from(c.to()));
        m = m.plusMonths(1)) {
      months.add(m);
    }
    List<VillageProfile> desa = ctx.villages().all().stream().filter(v -> !v.kelurahan()).toList();
    int n = desa.size();
    boolean[] has = new boolean[n];
    boolean[] tourism = new boolean[n];
    double[] base = new double[n];
    double[] assets = new double[n];
    for (int i = 0; i < n; i++) {
      SplittableRandom r = Seeds.rng(c.seed(), Seeds.BUMDES, Long.parseLong(desa.get(i).code()));
      has[i] = r.nextDouble() < 0.92;
      tourism[i] = r.nextDouble() < 0.10;
      base[i] = Seeds.lognormal(r, 18_000_000, 0.9) * (tourism[i] ? 3 : 1);
      assets[i] = Seeds.lognormal(r, 600_000_000, 0.7) + base[i] * 12;
    }
    long withBumdes = 0;
    for (boolean b : has) {
      withBumdes += b ? 1 : 0;
    }
    long expectedRows = Math.round(withBumdes * months.size() * 0.95);
    Map<Integer, List<FaultKind>> forced = sink.forced(months.size(), expectedRows);
    Map<Integer, Long> revenueByYear = new LinkedHashMap<>();
    List<Long> monthly = new ArrayList<>();
    long reports = 0;
    progress.start(SOURCE, months.size());
    for (int mi = 0; mi < months.size(); mi++) {
      YearMonth m = months.get(mi);
      String stem = "laporan_bumdes_" + m;
      CsvFile f = sink.file(stem + ".csv");
      boolean revised = mi % 6 == 5;
      CsvFile fix = revised ? sink.standardFile(stem + "_revisi.csv") : null;
      List<String[]> missing = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (!has[i]) {
          continue;
        }
        VillageProfile v = desa.get(i);
        SplittableRandom r = Seeds.rng(c.seed(), Seeds.BUMDES, Long.parseLong(v.code()),
            m.getYear() * 12L + m.getMonthValue());
        boolean reported = r.nextDouble() >= 0.05;
        double season = tourism[i] ? switch (m.getMonthValue()) {
          case 6, 7 -> 1.6;
          case 12 -> 1.8;
          case 1 -> 1.3;
          case 2, 3 -> 0.7;
          default -> 1.0;
        } : m.getMonthValue() == 4 ? 1.15 : 1.0;
        double growth = Math.pow(1.08, (m.getYear() - 2024) + (m.getMonthValue() - 6.5) / 12);
        long revenue = Math.round(base[i] * season * growth * Math.exp(0.25 * Seeds.normal(r))
            / 1000) * 1000;
        long expenses = Math.round(revenue * (0.75 + 0.30 * r.nextDouble()) / 1000) * 1000;
        assets[i] += (revenue - expenses) * 0.6 + assets[i] * 0.002;
        long a = Math.round(assets[i] / 1000) * 1000;
        String[] row = {v.code(), Integer.toString(m.getYear()),
            Integer.toString(m.getMonthValue()), Long.toString(revenue), Long.toString(expenses),
            Long.toString(a)};
        if (!reported) {
          missing.add(row);
          continue;
        }
        reports++;
        revenueByYear.merge(m.getYear(), revenue, Long::sum);
        monthly.add(revenue);
        if (fix != null && r.nextDouble() < 0.03) {
          // Preliminary figures first, the audited ones in the revision.
          String[] first = row.clone();
          first[3] = Long.toString(Math.round(revenue * (0.8 + 0.15 * r.nextDouble()) / 1000)
              * 1000);
          f.good(first);
          fix.replacing(row, CsvFile.key(row[0], row[1], row[2]));
        } else {
          f.good(row);
        }
      }
      sink.write(f, forced.getOrDefault(mi, List.of()));
      if (fix != null && !fix.rows.isEmpty()) {
        sink.write(fix, List.of());
      }
      if (mi == months.size() / 2 && expectedRows >= 1_000 && !missing.isEmpty()) {
        // Late reports of desa missing from the month, on a form without one column.
        sink.writeLateMissingColumnFile(stem + "_susulan.csv", missing, 5, row -> row);
      }
      progress.step(1);
    }
    progress.done();
    Map<String, Number> stats = new LinkedHashMap<>();
    stats.put("desa", (long) n);
    stats.put("desa_with_bumdes", withBumdes);
    stats.put("monthly_reports", reports);
    revenueByYear.forEach((y, v) -> stats.put("revenue_idr_" + y, v));
    long[] sorted = monthly.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(sorted);
    stats.put("median_monthly_revenue_idr", sorted.length == 0 ? 0L : sorted.length % 2 == 1
        ? sorted[sorted.length / 2]
        : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2);
    return sink.finish(stats);
  }
}
