package id.banyuwangi.kampung.generator;

import id.banyuwangi.kampung.domain.lake.LakeContract;
import id.banyuwangi.kampung.domain.lake.ReasonCode;
import id.banyuwangi.kampung.domain.poverty.PovertyLines;
import id.banyuwangi.kampung.domain.progress.Progress;
import id.banyuwangi.kampung.domain.reference.ReferenceData;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVRecord;

/**
 * DTKS-style household welfare survey (contract section 3):
 * {@code households/dtks_<year>_<kecamatan>.csv}, one row per household per survey year, a census
 * of the village's households (members add up to the village population).
 *
 * <p>Per-capita expenditure is lognormal (village effect sigma 0.20, kelurahan +0.18, household
 * sigma 0.50, larger households poorer per head) with the lower tail compressed below 1.3 times
 * the poverty line ({@code pc = T (raw/T)^kappa}), as Susenas shows many households just around the
 * line. For each survey year the level and {@code kappa} are solved on the generated households so
 * that the person-weighted P0 and P1 reproduce the BPS figures (see {@link #targets}).
 */
final class HouseholdSourceWriter implements SourceWriter {
  static final String SOURCE = LakeContract.HOUSEHOLDS.dir();
  static final String[] EDUCATION = {"NONE", "SD", "SMP", "SMA", "DIPLOMA", "S1PLUS"};
  static final String[] WATER = {"PIPED", "PROTECTED_WELL", "UNPROTECTED_WELL", "SPRING",
      "SURFACE", "BOTTLED"};
  static final String[] SANITATION = {"OWN", "SHARED", "NONE"};
  static final String[] ELECTRICITY = {"PLN_METERED", "PLN_UNMETERED", "NON_PLN", "NONE"};
  private static final double[] SIZE_WEIGHTS = {0.09, 0.20, 0.25, 0.23, 0.13, 0.06, 0.025,
      0.01, 0.005};
  private static final double[] EDU_CUTS = {-1.476, -0.253, 0.253, 1.175, 1.405};
  static final double SIGMA = 0.50;
  static final double SIZE_ELASTICITY = -0.30;
  /** The compression threshold as a multiple of the poverty line. */
  static final double TAIL_START = 1.3;
  static final double BPNT_SHARE = 0.16;
  static final double PKH_SHARE = 0.10;

  /** P0 (percent), P1 and the poverty line of a survey year. */
  record Target(int year, double p0, double p1, long line) {}

  /** One household, the same in every survey year. */
  static final class Household {
    final VillageProfile village;
    final int serial;
    final int size;
    final boolean headFemale;
    final int headBirthYear;
    final double econ;
    final double eduNoise;
    final double pmt;
    final int water;
    final int sanitation;
    final int electricity;
    final double jkn;
    final int workingAge;
    final int employed;

    Household(VillageProfile village, int serial, int size, boolean headFemale, int headBirthYear,
        double econ, double eduNoise, double pmt, int water, int sanitation, int electricity,
        double jkn, int workingAge, int employed) {
      this.village = village;
      this.serial = serial;
      this.size = size;
      this.headFemale = headFemale;
      this.headBirthYear = headBirthYear;
      this.econ = econ;
      this.eduNoise = eduNoise;
      this.pmt = pmt;
      this.water = water;
      this.sanitation = sanitation;
      this.electricity = electricity;
      this.jkn = jkn;
      this.workingAge = workingAge;
      this.employed = employed;
    }

    String id() {
      return village.code() + CsvSpec.pad(serial, 6);
    }
  }

  static final class Spec extends CsvSpec {
    Spec(GenerationContext ctx) {
      super(LakeContract.HOUSEHOLDS, new String[] {"household_id", "survey_year", "survey_date",
          "members", "expenditure_idr_month", "receives_pkh", "receives_bpnt"},
          new String[] {"members", "expenditure_idr_month", "survey_year"},
          new String[] {"keterangan", "operator", "sumber"}, ROW_KINDS, ctx.regions());
    }

    @Override
    String[] phantom(String[] t, SplittableRandom r) {
      String[] row = t.clone();
      row[0] = t[1] + String.format("%06d", 900_000 + r.nextInt(99_999));
      return row;
    }

    @Override
    void invalidValue(String[] row, SplittableRandom r) {
      switch (r.nextInt(7)) {
        case 0 -> row[12] = r.nextBoolean() ? "ya" : "Y";
        case 1 -> row[5] = CsvSpec.dotted(Long.parseLong(row[5]));
        case 2 -> row[4] = r.nextBoolean() ? CsvSpec.commaDecimal(row[4]) : "empat";
        case 3 -> row[14] = r.nextBoolean() ? "PDAM" : "SUMUR BOR";
        case 4 -> row[8] = r.nextBoolean() ? "SLTA" : "S2";
        case 5 -> row[3] = CsvSpec.badDate(row[3], r);
        default -> row[13] = r.nextBoolean() ? "tidak" : "-";
      }
    }

    @Override
    void outOfRange(String[] row, SplittableRandom r) {
      int members = Integer.parseInt(row[4]);
      int working = Integer.parseInt(row[9]);
      switch (r.nextInt(4)) {
        case 0 -> {
          row[4] = "0";
          row[9] = "0";
          row[10] = "0";
          row[11] = "0";
        }
        case 1 -> {
          // employed > working age (still <= members where possible)
          if (working == members) {
            row[9] = Integer.toString(Math.max(0, members - 1));
            row[10] = Integer.toString(members);
          } else {
            row[10] = Integer.toString(working + 1);
          }
        }
        case 2 -> row[11] = Integer.toString(members + 1 + r.nextInt(2));
        default -> row[5] = Long.toString(-1000L * (1 + r.nextInt(2000)));
      }
    }

    @Override
    void futureDate(String[] row, SplittableRandom r) {
      row[3] = "2099" + row[3].substring(4);
    }
  }

  @Override
  public String source() {
    return SOURCE;
  }

  /**
   * BPS targets per year from {@code bps/banyuwangi_poverty.csv}; P1 where published, else
   * 0.121 x P0 (the ratio implied for March 2023 by the 2024 release); years without P0 take the
   * nearest published year's P0. Lines from {@link PovertyLines}, extrapolated at 4.85% a year
   * (2023 to 2024) where missing.
   */
  static Target targets(int year) {
    PovertyLines lines = PovertyLines.shipped();
    double bestP0 = Double.NaN;
    double bestP1 = Double.NaN;
    int bestDist = Integer.MAX_VALUE;
    for (CSVRecord r : ReferenceData.csv("bps/banyuwangi_poverty.csv")) {
      if (r.get("p0_pct").isBlank()) {
        continue;
      }
      int y = Integer.parseInt(r.get("year"));
      int dist = Math.abs(y - year) * 2 + (y > year ? 1 : 0);
      if (dist < bestDist) {
        bestDist = dist;
        bestP0 = Double.parseDouble(r.get("p0_pct"));
        bestP1 = r.get("p1").isBlank() ? Double.NaN : Double.parseDouble(r.get("p1"));
      }
    }
    if (Double.isNaN(bestP1)) {
      bestP1 = 0.121 * bestP0;
    }
    long line = lines.forYear(year).orElseGet(() -> {
      int nearest = lines.all().keySet().stream()
          .min((a, b) -> Integer.compare(Math.abs(a - year), Math.abs(b - year))).orElseThrow();
      return Math.round(lines.all().get(nearest) * Math.pow(1.0485, year - nearest));
    });
    return new Target(year, bestP0, bestP1, line);
  }

  @Override
  public SourceResult write(GenerationContext ctx, Progress progress) throws IOException {
    Spec spec = new Spec(ctx);
    CsvSink sink = new CsvSink(spec, ctx);
    GeneratorConfig c = ctx.config();
    long seed = c.seed();
    List<VillageProfile> villages = ctx.villages().all();
    double[] villageEffect = new double[villages.size()];
    List<List<Household>> households = new ArrayList<>();
    int total = 0;
    for (VillageProfile v : villages) {
      SplittableRandom r = Seeds.rng(seed, Seeds.HOUSEHOLD, Long.parseLong(v.code()));
      villageEffect[v.index()] = 0.20 * Seeds.normal(r) + (v.kelurahan() ? 0.18 : 0.0);
      List<Household> list = build(v, ctx.demography().village(v).population, r);
      households.add(list);
      total += list.size();
    }
    List<Integer> years = new ArrayList<>();
    for (int y = c.from().getYear(); y <= c.to().getYear(); y++) {
      years.add(y);
    }
    List<String> districts = ctx.regions().districts().stream().map(a -> a.code()).toList();
    Map<Integer, List<ReasonCode>> forced = sink.forced(years.size() * districts.size(),
        (long) total * years.size());
    progress.start(SOURCE, (long) years.size() * districts.size());
    Map<String, Number> stats = new LinkedHashMap<>();
    stats.put("households_per_year", (long) total);
    int fileIndex = 0;
    for (int year : years) {
      Target target = targets(year);
      // Latent log per-capita expenditure of every household this year.
      double[] latent = new double[total];
      int[] size = new int[total];
      double[] proxy = new double[total];
      int k = 0;
      for (List<Household> list : households) {
        if (list.isEmpty()) {
          continue;
        }
        VillageProfile v = list.get(0).village;
        SplittableRandom yr = Seeds.rng(seed, Seeds.HOUSEHOLD_YEAR, Long.parseLong(v.code()), year);
        for (Household h : list) {
          double noise = Seeds.normal(yr);
          latent[k] = villageEffect[v.index()] + SIZE_ELASTICITY * Math.log(h.size / 3.4)
              + SIGMA * (0.9 * h.econ + 0.436 * noise);
          proxy[k] = latent[k] + 0.65 * (0.85 * h.pmt + 0.53 * Seeds.normal(yr));
          size[k] = h.size;
          k++;
        }
      }
      Calibration cal = calibrate(latent, size, target);
      double[] proxySorted = proxy.clone();
      Arrays.sort(proxySorted);
      double bpntCut = quantile(proxySorted, BPNT_SHARE);
      double pkhCut = quantile(proxySorted, PKH_SHARE);

      Agg agg = new Agg(target.line, villages.size());
      k = 0;
      Map<String, List<Household>> byDistrict = new LinkedHashMap<>();
      Map<Household, Integer> index = new java.util.IdentityHashMap<>();
      for (List<Household> list : households) {
        for (Household h : list) {
          byDistrict.computeIfAbsent(h.village.districtCode(), x -> new ArrayList<>()).add(h);
          index.put(h, k++);
        }
      }
      for (String d : districts) {
        String name = "dtks_" + year + "_" + d + ".csv";
        CsvFile f = sink.file(name);
        SplittableRandom dr = Seeds.rng(seed, Seeds.HOUSEHOLD_YEAR, Long.parseLong(d), year, 1);
        boolean corrected = Math.floorMod(Seeds.mix(seed, Seeds.HOUSEHOLD, year),
            (long) districts.size()) == districts.indexOf(d);
        CsvFile correction = corrected ? sink.standardFile("dtks_" + year + "_" + d
            + "_koreksi.csv") : null;
        Map<String, LocalDate[]> windows = new LinkedHashMap<>();
        for (Household h : byDistrict.getOrDefault(d, List.of())) {
          int i = index.get(h);
          LocalDate[] w = windows.computeIfAbsent(h.village.code(), x -> window(c, year, dr));
          long days = w[1].toEpochDay() - w[0].toEpochDay();
          LocalDate date = w[0].plusDays(days <= 0 ? 0 : dr.nextInt((int) days + 1));
          double pc = cal.perCapita(latent[i]);
          long expenditure = Math.max(1000, Math.round(pc * h.size / 1000.0) * 1000);
          boolean bpnt = proxy[i] < bpntCut;
          int headAge = year - h.headBirthYear;
          boolean pkh = proxy[i] < pkhCut && (h.size >= 3 || headAge >= 60);
          double score = (0.9 * (latent[i] / SIGMA) + h.eduNoise - 0.03 * (headAge - 45))
              / Math.sqrt(1.94);
          int edu = 0;
          while (edu < EDU_CUTS.length && score > EDU_CUTS[edu]) {
            edu++;
          }
          boolean poorish = pc < TAIL_START * target.line;
          // JKN: PBI (state-paid) cover for assisted households, else own or employer cover.
          int jkn = (pkh || bpnt) && dr.nextDouble() < 0.93 ? h.size
              : h.jkn < 0.86 ? h.size : (int) Math.round(h.size * (0.3 + 0.4 * dr.nextDouble()));
          int water = h.water;
          if (poorish && water == 0 && dr.nextDouble() < 0.1) {
            water = 1;
          }
          String[] row = {h.id(), h.village.code(), Integer.toString(year), date.toString(),
              Integer.toString(h.size), Long.toString(expenditure), h.headFemale ? "P" : "L",
              Integer.toString(headAge), EDUCATION[edu], Integer.toString(h.workingAge),
              Integer.toString(h.employed), Integer.toString(jkn), Boolean.toString(pkh),
              Boolean.toString(bpnt), WATER[water], SANITATION[h.sanitation],
              ELECTRICITY[h.electricity]};
          if (correction != null && dr.nextDouble() < 0.004) {
            // The first export had a mistyped expenditure and JKN count; the correction fixes it.
            String[] first = row.clone();
            first[5] = Long.toString(Math.round(expenditure * (0.5 + dr.nextDouble()) / 1000) * 1000);
            first[11] = Integer.toString(dr.nextInt(h.size + 1));
            f.good(first);
            correction.replacing(row, CsvFile.key(row[0], row[2]));
          } else {
            f.good(row);
          }
          agg.add(h, expenditure, pkh, bpnt, jkn, water);
        }
        sink.write(f, forced.getOrDefault(fileIndex++, List.of()));
        if (correction != null && !correction.rows.isEmpty()) {
          sink.write(correction, List.of());
        }
        progress.step(1);
      }
      agg.put(stats, year, villages);
    }
    if ((long) total * years.size() >= 2_000) {
      // A late supplement from one village, exported with an old template lacking a column.
      int year = years.get(years.size() - 1);
      VillageProfile v = villages.get((int) Math.floorMod(Seeds.mix(seed, Seeds.HOUSEHOLD, 7),
          (long) villages.size()));
      CsvFile f = sink.missingColumnFile("dtks_" + year + "_" + v.districtCode()
          + "_susulan.csv");
      SplittableRandom r = Seeds.rng(seed, Seeds.HOUSEHOLD, 8);
      int n = (int) Math.max(3, Math.min(150, total * years.size() / 1000));
      for (int i = 0; i < n; i++) {
        int members = 1 + r.nextInt(6);
        int working = 1 + r.nextInt(members);
        f.good(new String[] {v.code() + String.format("%06d", 800_000 + i), v.code(),
            Integer.toString(year), LocalDate.of(year, 3, 1).plusDays(r.nextInt(200)).toString(),
            Integer.toString(members), Long.toString(members * 1000L * (300 + r.nextInt(1500))),
            r.nextDouble() < 0.15 ? "P" : "L", Integer.toString(25 + r.nextInt(50)),
            EDUCATION[r.nextInt(4)], Integer.toString(working),
            Integer.toString(r.nextInt(working + 1)), Integer.toString(members), "false", "false",
            "PROTECTED_WELL", "OWN", "PLN_METERED"});
      }
      sink.write(f, List.of());
    }
    progress.done();
    return sink.finish(stats);
  }

  /** A village's survey window within the year (and the period). */
  private static LocalDate[] window(GeneratorConfig c, int year, SplittableRandom r) {
    LocalDate lo = LocalDate.of(year, 1, 1).isBefore(c.from()) ? c.from() : LocalDate.of(year, 1, 1);
    LocalDate hi = LocalDate.of(year, 12, 31).isAfter(c.to()) ? c.to() : LocalDate.of(year, 12, 31);
    long span = hi.toEpochDay() - lo.toEpochDay();
    long len = Math.min(span, 30 + r.nextInt(45));
    long start = lo.toEpochDay() + (span - len <= 0 ? 0 : r.nextInt((int) (span - len) + 1));
    return new LocalDate[] {LocalDate.ofEpochDay(start), LocalDate.ofEpochDay(start + len)};
  }

  private static List<Household> build(VillageProfile v, int population, SplittableRandom r) {
    double[] weights = SIZE_WEIGHTS.clone();
    if (v.kelurahan()) {
      weights[0] *= 1.3;
      weights[1] *= 1.1;
    }
    double[] cum = Seeds.cumulative(weights);
    double spring = Math.exp(0.8 * Seeds.normal(r));
    double piped = Math.exp(0.5 * Seeds.normal(r));
    List<Household> out = new ArrayList<>();
    int left = population;
    int serial = 1;
    while (left > 0) {
      int size = Math.min(left, 1 + Seeds.pick(r, cum));
      left -= size;
      boolean female = r.nextDouble() < (size == 1 ? 0.45 : 0.12);
      int headAge = size == 1 ? 25 + (int) (60 * Math.pow(r.nextDouble(), 0.7))
          : (int) Math.max(19, Math.min(88, Math.round(46 + 12 * Seeds.normal(r))));
      double econ = Seeds.normal(r);
      double eduNoise = Seeds.normal(r);
      double pmt = Seeds.normal(r);
      boolean poorish = econ < -1.0;
      double[] w = v.kelurahan()
          ? new double[] {0.38 * piped, 0.30, 0.03, 0.02 * spring, 0.005, 0.265}
          : new double[] {0.18 * piped, 0.50, 0.08, 0.08 * spring, 0.01, 0.15};
      if (poorish) {
        w[2] *= 2.5;
        w[4] *= 2;
        w[5] *= 0.5;
      }
      int water = Seeds.pick(r, Seeds.cumulative(w));
      double[] s = v.kelurahan() ? new double[] {0.93, 0.05, 0.02} : new double[] {0.86, 0.07, 0.07};
      if (poorish) {
        s[2] *= 2.5;
      }
      int sanitation = Seeds.pick(r, Seeds.cumulative(s));
      double[] e = {0.93, 0.055, 0.01, 0.005};
      if (poorish) {
        e[1] *= 2;
        e[3] *= 2;
      }
      int electricity = Seeds.pick(r, Seeds.cumulative(e));
      int working = headAge >= 15 && headAge <= 64 ? 1 : 0;
      int employed = working == 1 && r.nextDouble() < (female ? 0.7 : 0.92) ? 1 : 0;
      for (int m = 1; m < size; m++) {
        if (r.nextDouble() < 0.6) {
          working++;
          if (r.nextDouble() < 0.55) {
            employed++;
          }
        }
      }
      out.add(new Household(v, serial++, size, female, 2024 - headAge, econ, eduNoise, pmt, water,
          sanitation, electricity, r.nextDouble(), working, employed));
    }
    return out;
  }

  /** The level and tail compression of one survey year. */
  record Calibration(double shift, double kappa, double tail) {
    double perCapita(double latent) {
      double raw = Math.exp(shift + latent);
      return raw < tail ? tail * Math.pow(raw / tail, kappa) : raw;
    }
  }

  /**
   * Solves the level so that the person-weighted share below the line is P0, and the compression
   * {@code kappa} so that P1 matches (P2 follows).
   */
  static Calibration calibrate(double[] latent, int[] size, Target t) {
    int n = latent.length;
    // Sort (latent, size) pairs as one primitive key: the order-preserving bits of the latent value
    // with the household size (1..15) in the lowest four bits.
    long[] keys = new long[n];
    long persons = 0;
    for (int i = 0; i < n; i++) {
      long bits = Double.doubleToLongBits(latent[i]);
      bits = bits < 0 ? bits ^ Long.MAX_VALUE : bits;
      keys[i] = (bits & ~0xFL) | Math.min(15, size[i]);
      persons += size[i];
    }
    Arrays.sort(keys);
    double[] sorted = new double[n];
    int[] sizes = new int[n];
    for (int i = 0; i < n; i++) {
      long bits = keys[i] & ~0xFL;
      bits = bits < 0 ? bits ^ Long.MAX_VALUE : bits;
      sorted[i] = Double.longBitsToDouble(bits);
      sizes[i] = (int) (keys[i] & 0xF);
    }
    // Threshold: the latent value below which P0 of the persons live.
    double want = t.p0 / 100 * persons;
    long acc = 0;
    double threshold = sorted[0] - 1;
    int poorCount = 0;
    for (int i = 0; i < n; i++) {
      if (acc + sizes[i] > want) {
        threshold = i == 0 ? sorted[0] - 1e-9 : (sorted[i - 1] + sorted[i]) / 2;
        break;
      }
      acc += sizes[i];
      poorCount = i + 1;
    }
    double tail = TAIL_START * t.line;
    double logTail = Math.log(tail);
    double lo = 0.02;
    double hi = 3;
    double kappa = 1;
    for (int it = 0; it < 50; it++) {
      kappa = (lo + hi) / 2;
      // poor iff T (raw/T)^kappa < z iff log raw < log T + log(z/T)/kappa = threshold + shift.
      double shift = logTail + Math.log(t.line / tail) / kappa - threshold;
      double p1 = 0;
      for (int i = 0; i < poorCount; i++) {
        // pc / z = (T / z) exp(kappa (shift + latent - log T)); everyone here is below T.
        double ratio = tail / t.line * Math.exp(kappa * (shift + sorted[i] - logTail));
        p1 += sizes[i] * Math.max(0, 1 - ratio);
      }
      p1 = 100 * p1 / persons;
      if (p1 > t.p1) {
        hi = kappa;
      } else {
        lo = kappa;
      }
    }
    double shift = logTail + Math.log(t.line / tail) / kappa - threshold;
    return new Calibration(shift, kappa, tail);
  }

  /** The q-quantile of sorted values (lower). */
  static double quantile(double[] s, double q) {
    return s[Math.max(0, Math.min(s.length - 1, (int) Math.floor(q * s.length)))];
  }

  /** Person-weighted figures of one survey year, as the indicators define them. */
  static final class Agg {
    final long line;
    long persons;
    long households;
    long poor;
    double gap;
    double gap2;
    long poorUnassisted;
    long assisted;
    long assistedNonPoor;
    long jkn;
    long safeWater;
    long sanitation;
    long electricity;
    long working;
    long employed;
    final long[] villagePersons;
    final long[] villagePoor;

    Agg(long line, int villages) {
      this.line = line;
      villagePersons = new long[villages];
      villagePoor = new long[villages];
    }

    void add(Household h, long expenditure, boolean pkh, boolean bpnt, int jknMembers, int water) {
      int m = h.size;
      persons += m;
      households++;
      double pc = (double) expenditure / m;
      boolean isPoor = pc < line;
      villagePersons[h.village.index()] += m;
      if (isPoor) {
        poor += m;
        villagePoor[h.village.index()] += m;
        double g = (line - pc) / line;
        gap += m * g;
        gap2 += m * g * g;
        if (!pkh && !bpnt) {
          poorUnassisted += m;
        }
      }
      if (pkh || bpnt) {
        assisted += m;
        if (!isPoor) {
          assistedNonPoor += m;
        }
      }
      jkn += jknMembers;
      safeWater += water == 0 || water == 1 || water == 3 || water == 5 ? m : 0;
      sanitation += h.sanitation == 0 ? m : 0;
      electricity += h.electricity != 3 ? m : 0;
      working += h.workingAge;
      employed += h.employed;
    }

    void put(Map<String, Number> stats, int year, List<VillageProfile> villages) {
      double p = Math.max(1, persons);
      stats.put("persons_" + year, persons);
      stats.put("poverty_line_" + year, line);
      stats.put("p0_" + year, 100 * poor / p);
      stats.put("p1_" + year, 100 * gap / p);
      stats.put("p2_" + year, 100 * gap2 / p);
      stats.put("mean_household_size_" + year, persons / (double) Math.max(1, households));
      stats.put("bansos_exclusion_error_" + year, 100.0 * poorUnassisted / Math.max(1, poor));
      stats.put("bansos_inclusion_error_" + year, 100.0 * assistedNonPoor / Math.max(1, assisted));
      stats.put("jkn_coverage_" + year, 100 * jkn / p);
      stats.put("safe_water_access_" + year, 100 * safeWater / p);
      stats.put("sanitation_access_" + year, 100 * sanitation / p);
      stats.put("electricity_access_" + year, 100 * electricity / p);
      stats.put("employment_ratio_" + year, 100.0 * employed / Math.max(1, working));
      double[] vp = new double[villages.size()];
      for (int i = 0; i < vp.length; i++) {
        vp[i] = 100.0 * villagePoor[i] / Math.max(1, villagePersons[i]);
      }
      Arrays.sort(vp);
      stats.put("village_p0_p10_" + year, vp[(int) (0.1 * (vp.length - 1))]);
      stats.put("village_p0_p90_" + year, vp[(int) (0.9 * (vp.length - 1))]);
    }
  }
}
