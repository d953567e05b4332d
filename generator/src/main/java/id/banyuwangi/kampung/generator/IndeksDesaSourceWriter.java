package id.banyuwangi.kampung.generator;

import id.banyuwangi.kampung.domain.progress.Progress;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Village index (contract section 9): {@code indeks_desa/indeks_desa_<year>.csv}, the Kemendes
 * Indeks Desa publication for every desa (like the IDM, kelurahan are not in it) and every year
 * from 2024 in the run. A desa's six dimension scores lie around its base score, which follows its
 * IDM level ({@link VillageDevelopment}): about 74 + 110 x (level - 0.80), rising 1.2 points a
 * year; the social and economic dimensions carry the desa's IKS and IKE tilt, the others lasting
 * effects of their own, each with yearly noise. {@code skor} is the mean of the six (two decimals,
 * trailing zeros dropped as a spreadsheet export does) and {@code status} its band
 * ({@link IndeksDesaBands}). Each year a few desa are republished corrected
 * ({@code indeks_desa_<year>_koreksi.csv}: the first file had one dimension mistyped, and the score
 * and status that follow from it).
 *
 * <p>With about 189 rows a year, each year gets two bad rows (about 1%), their kinds rotating over
 * the years (three years hold every row kind), and the run's middle year a small draft export
 * without one column ({@code _draf}, MISSING_COLUMN).
 */
final class IndeksDesaSourceWriter implements SourceWriter {
  static final String SOURCE = "indeks_desa";
  /** The first year the Indeks Desa is published for. */
  static final int FIRST_YEAR = 2024;
  static final String[] DIMENSIONS = {"layanan_dasar", "sosial", "ekonomi", "lingkungan",
      "aksesibilitas", "tata_kelola"};
  static final String[] COLUMNS = {"village_code", "year", "skor", "status", DIMENSIONS[0],
      DIMENSIONS[1], DIMENSIONS[2], DIMENSIONS[3], DIMENSIONS[4], DIMENSIONS[5]};
  private static final int SKOR = 2;
  private static final int STATUS = 3;
  private static final int FIRST_DIMENSION = 4;

  static final class Spec extends CsvSpec {
    Spec(GenerationContext ctx) {
      super(SOURCE, COLUMNS, java.util.Arrays.copyOfRange(COLUMNS, 1, COLUMNS.length),
          new String[] {"status", "skor", "tata_kelola"}, new String[] {"keterangan", "sumber"},
          // In rotation order: the kinds of section 9's own rules first.
          List.of(FaultKind.OUT_OF_RANGE, FaultKind.INVALID_VALUE, FaultKind.FUTURE_DATE,
              FaultKind.MISSING_FIELD, FaultKind.UNKNOWN_VILLAGE, FaultKind.MALFORMED_ROW),
          ctx.regions());
    }

    @Override
    void invalidValue(String[] row, SplittableRandom r) {
      if (r.nextBoolean()) {
        // A status as a person types it, not as the contract spells it.
        row[STATUS] = new String[] {"Maju", "SANGAT TERTINGGAL", "DESA MANDIRI", "BERKEMBANG*",
            "MADIRI"}[r.nextInt(5)];
      } else {
        int col = r.nextBoolean() ? SKOR : FIRST_DIMENSION + r.nextInt(DIMENSIONS.length);
        row[col] = switch (r.nextInt(3)) {
          case 0 -> CsvSpec.commaDecimal(row[col]);
          case 1 -> "n/a";
          default -> "-";
        };
      }
    }

    @Override
    void outOfRange(String[] row, SplittableRandom r) {
      switch (r.nextInt(3)) {
        // A row of the IDM years sent with the new index.
        case 0 -> row[1] = Integer.toString(FIRST_YEAR - 1 - r.nextInt(3));
        // The decimal point lost: 76.45 -> 7645 (every score is at least 10).
        case 1 -> row[SKOR] = twoDecimals(Double.parseDouble(row[SKOR])).replace(".", "");
        default -> {
          int col = FIRST_DIMENSION + r.nextInt(DIMENSIONS.length);
          row[col] = "-" + row[col];
        }
      }
    }

    @Override
    void futureDate(String[] row, SplittableRandom r) {
      row[1] = "2099";
    }
  }

  @Override
  public String source() {
    return SOURCE;
  }

  /** The Indeks Desa years of the run: from 2024 (or the run's first year) to its last. */
  static List<Integer> years(GeneratorConfig c) {
    List<Integer> years = new ArrayList<>();
    for (int y = Math.max(FIRST_YEAR, c.from().getYear()); y <= c.to().getYear(); y++) {
      years.add(y);
    }
    return years;
  }

  @Override
  public SourceResult write(GenerationContext ctx, Progress progress) throws IOException {
    GeneratorConfig c = ctx.config();
    CsvSink sink = new CsvSink(new Spec(ctx), ctx);
    sink.rowFaultRate = 0; // two bad rows a year are forced instead
    List<VillageProfile> desa = ctx.villages().desa();
    List<Integer> years = years(c);
    Map<String, Number> stats = new LinkedHashMap<>();
    progress.start(SOURCE, years.size());
    for (int yi = 0; yi < years.size(); yi++) {
      int year = years.get(yi);
      String stem = "indeks_desa_" + year;
      CsvFile f = sink.file(stem + ".csv");
      CsvFile fix = sink.standardFile(stem + "_koreksi.csv");
      TreeSet<Integer> corrected = corrected(c.seed(), year, desa.size());
      List<String[]> rows = new ArrayList<>();
      int[] statuses = new int[IndeksDesaBands.STATUSES.size()];
      double sum = 0;
      for (int i = 0; i < desa.size(); i++) {
        VillageProfile v = desa.get(i);
        double[] dims = dimensions(c.seed(), v.code(), year);
        String[] row = row(v.code(), year, dims);
        rows.add(row);
        if (corrected.contains(i)) {
          // First published with one dimension mistyped, then republished.
          SplittableRandom r = Seeds.rng(c.seed(), Seeds.INDEKS_DESA, Long.parseLong(v.code()),
              year, 1);
          double[] typo = dims.clone();
          int d = r.nextInt(DIMENSIONS.length);
          double by = 6 + 9 * r.nextDouble();
          typo[d] = typo[d] >= 30 ? typo[d] - by : typo[d] + by;
          f.good(row(v.code(), year, typo));
          fix.replacing(row, CsvFile.key(row[0], row[1]));
        } else {
          f.good(row);
        }
        statuses[IndeksDesaBands.STATUSES.indexOf(row[STATUS])]++;
        sum += Double.parseDouble(row[SKOR]);
      }
      sink.write(f, faultKinds(sink.spec, c.seed(), year));
      sink.write(fix, List.of());
      if (yi == years.size() / 2) {
        // An early draft of the publication, exported on a form without one column.
        sink.writeLateMissingColumnFile(stem + "_draf.csv", rows, 2, row -> row);
      }
      stats.put("desa_" + year, (long) desa.size());
      stats.put("skor_mean_" + year, sum / Math.max(1, desa.size()));
      for (int s = 0; s < statuses.length; s++) {
        stats.put(IndeksDesaBands.STATUSES.get(s).toLowerCase(Locale.ROOT) + "_" + year,
            (long) statuses[s]);
      }
      progress.step(1);
    }
    progress.done();
    return sink.finish(stats);
  }

  /**
   * The six dimension scores of a desa in a year: its base score from the IDM level, plus each
   * dimension's lasting offset (social and economic from the IDM's IKS/IKE tilt), plus noise.
   */
  static double[] dimensions(long seed, String code, int year) {
    VillageDevelopment d = VillageDevelopment.of(seed, code);
    SplittableRandom lasting = Seeds.rng(seed, Seeds.INDEKS_DESA, Long.parseLong(code));
    double[] offset = {
        5 + 3.5 * Seeds.normal(lasting),
        4 + 100 * (d.social() - 0.06),
        -6 + 100 * (d.economic() + 0.05),
        1 + 4 * Seeds.normal(lasting),
        -1 + 5 * Seeds.normal(lasting),
        -3 + 4.5 * Seeds.normal(lasting)};
    SplittableRandom yr = Seeds.rng(seed, Seeds.INDEKS_DESA, Long.parseLong(code), year);
    double base = 74 + 110 * (d.level() - 0.80) + 1.2 * (year - FIRST_YEAR)
        + 1.2 * Seeds.normal(yr);
    double[] dims = new double[DIMENSIONS.length];
    for (int i = 0; i < dims.length; i++) {
      dims[i] = Math.max(10, Math.min(99.5, base + offset[i] + 1.5 * Seeds.normal(yr)));
    }
    return dims;
  }

  /** A published row: the dimensions rounded, the score their mean, the status its band. */
  static String[] row(String code, int year, double[] dims) {
    String[] row = new String[COLUMNS.length];
    row[0] = code;
    row[1] = Integer.toString(year);
    double sum = 0;
    for (int i = 0; i < dims.length; i++) {
      double rounded = round2(dims[i]);
      sum += rounded;
      row[FIRST_DIMENSION + i] = published(rounded);
    }
    double skor = round2(sum / dims.length);
    row[SKOR] = published(skor);
    row[STATUS] = IndeksDesaBands.status(year, skor);
    return row;
  }

  /** The desa (indexes) republished corrected in a year: two to four. */
  private static TreeSet<Integer> corrected(long seed, int year, int desa) {
    SplittableRandom r = Seeds.rng(seed, Seeds.INDEKS_DESA, year);
    TreeSet<Integer> picked = new TreeSet<>();
    int n = Math.min(desa, 2 + r.nextInt(3));
    while (picked.size() < n) {
      picked.add(r.nextInt(desa));
    }
    return picked;
  }

  /** The two bad-row kinds of a year's publication, rotating over the years. */
  static List<FaultKind> faultKinds(CsvSpec spec, long seed, int year) {
    List<FaultKind> kinds = spec.rowKinds;
    long slot = seed + 2L * (year - FIRST_YEAR);
    return List.of(kinds.get((int) Math.floorMod(slot, (long) kinds.size())),
        kinds.get((int) Math.floorMod(slot + 1, (long) kinds.size())));
  }

  private static double round2(double v) {
    return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).doubleValue();
  }

  private static String twoDecimals(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  /** Up to two decimals, as published: 76.5, 80. */
  private static String published(double v) {
    return new BigDecimal(twoDecimals(v)).stripTrailingZeros().toPlainString();
  }
}
