package id.banyuwangi.kampung.generator;

import id.banyuwangi.kampung.domain.development.IdmStatus;
import id.banyuwangi.kampung.domain.progress.Progress;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Village development index (contract section 8): {@code idm/idm_<year>.csv}, the Kemendes
 * publication for every desa (kelurahan are not in the IDM) and year. A desa's IDM is normal around
 * 0.80 (sd 0.05: its {@link VillageDevelopment}), rising about 0.012 a year, so that Banyuwangi is
 * mostly Maju and Mandiri with a few Berkembang (Permendesa PDTT 2/2016 bands, {@link IdmStatus});
 * the social index runs higher and the economic one lower than the IDM, the ecological one makes up
 * the mean. A few rows a year are revised ({@code idm_<year>_revisi.csv}).
 */
final class IdmSourceWriter implements SourceWriter {
  static final String SOURCE = "idm";
  static final String[] COLUMNS = {"village_code", "year", "iks", "ike", "ikl"};

  static final class Spec extends CsvSpec {
    Spec(GenerationContext ctx) {
      super(SOURCE, COLUMNS, new String[] {"year", "iks", "ike", "ikl"},
          new String[] {"ikl", "ike"}, new String[] {"keterangan", "sumber"},
          List.of(FaultKind.MALFORMED_ROW, FaultKind.MISSING_FIELD, FaultKind.INVALID_VALUE,
              FaultKind.OUT_OF_RANGE, FaultKind.UNKNOWN_VILLAGE), ctx.regions());
    }

    @Override
    void invalidValue(String[] row, SplittableRandom r) {
      int col = 2 + r.nextInt(3);
      row[col] = r.nextBoolean() ? CsvSpec.commaDecimal(row[col]) : "n/a";
    }

    @Override
    void outOfRange(String[] row, SplittableRandom r) {
      row[2 + r.nextInt(3)] = r.nextBoolean() ? "1.2000" : "-0.0500";
    }

    @Override
    void futureDate(String[] row, SplittableRandom r) {
      throw new UnsupportedOperationException("idm has no dates");
    }
  }

  @Override
  public String source() {
    return SOURCE;
  }

  static String fmt(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }

  @Override
  public SourceResult write(GenerationContext ctx, Progress progress) throws IOException {
    Spec spec = new Spec(ctx);
    CsvSink sink = new CsvSink(spec, ctx);
    sink.rowFaultRate = 0;
    GeneratorConfig c = ctx.config();
    List<VillageProfile> desa = ctx.villages().all().stream().filter(v -> !v.kelurahan()).toList();
    int firstYear = c.from().getYear();
    int years = c.to().getYear() - firstYear + 1;
    Map<String, Number> stats = new LinkedHashMap<>();
    progress.start(SOURCE, years);
    for (int yi = 0; yi < years; yi++) {
      int year = firstYear + yi;
      Map<Integer, List<FaultKind>> forced = sink.forced(1, desa.size());
      // Rotate the kinds over the years so that a longer run has all of them.
      List<FaultKind> kinds = new java.util.ArrayList<>();
      for (FaultKind k : forced.getOrDefault(0, List.of())) {
        int i = spec.rowKinds.indexOf(k);
        kinds.add(spec.rowKinds.get((i + 2 * yi) % spec.rowKinds.size()));
      }
      CsvFile f = sink.file("idm_" + year + ".csv");
      CsvFile fix = sink.standardFile("idm_" + year + "_revisi.csv");
      SplittableRandom fr = Seeds.rng(c.seed(), Seeds.IDM, year);
      int[] bands = new int[IdmStatus.values().length];
      double sum = 0;
      for (VillageProfile v : desa) {
        VillageDevelopment d = VillageDevelopment.of(c.seed(), v.code());
        SplittableRandom yr = Seeds.rng(c.seed(), Seeds.IDM, Long.parseLong(v.code()), year);
        double idm = d.level() + 0.012 * (year - 2024) + 0.012 * Seeds.normal(yr);
        double iks = clamp(idm + d.social() + 0.01 * Seeds.normal(yr));
        double ike = clamp(idm + d.economic() + 0.015 * Seeds.normal(yr));
        double ikl = clamp(3 * idm - iks - ike);
        String[] row = {v.code(), Integer.toString(year), fmt(iks), fmt(ike), fmt(ikl)};
        double score = IdmStatus.score(Double.parseDouble(row[2]), Double.parseDouble(row[3]),
            Double.parseDouble(row[4]));
        if (fr.nextDouble() < 0.012) {
          // Revised ecological index.
          String[] first = row.clone();
          first[4] = fmt(clamp(ikl - 0.0667));
          f.good(first);
          fix.replacing(row, CsvFile.key(row[0], row[1]));
        } else {
          f.good(row);
        }
        bands[IdmStatus.of(score).ordinal()]++;
        sum += score;
      }
      sink.write(f, kinds);
      if (!fix.rows.isEmpty()) {
        sink.write(fix, List.of());
      }
      stats.put("desa_" + year, (long) desa.size());
      stats.put("idm_mean_" + year, sum / Math.max(1, desa.size()));
      for (IdmStatus s : IdmStatus.values()) {
        stats.put(s.name().toLowerCase(Locale.ROOT) + "_" + year, (long) bands[s.ordinal()]);
      }
      progress.step(1);
    }
    progress.done();
    return sink.finish(stats);
  }

  private static double clamp(double v) {
    return Math.max(0.2, Math.min(0.995, v));
  }
}
