package id.banyuwangi.kampung.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The residents of every village by sex and age, shared by the population, posyandu, school and
 * household sources so that they agree. Village totals are {@link VillageProfile#population()}
 * times the scale (largest-remainder rounding, so the regency total is the scaled 1,791,789; the
 * male total is the scaled 894,056). Everyone aged 0 to {@link #YOUNG_MAX_AGE} is an individual
 * (sex, birth date: {@link Young}), born in seed-determined cohorts (about 1.4% of the population
 * per year, cohorts slowly shrinking towards the present); the older residents are counts spread
 * over ages {@code YOUNG_MAX_AGE+1 .. 100} by an East Java-like profile (women living longer).
 * Children measured at a posyandu and students enrolled are these individuals, so they never
 * exceed the population's age counts. No deaths or migration: the village totals are the same at
 * every date.
 */
final class Demography {
  /** Ages 0..YOUNG_MAX_AGE are individuals. */
  static final int YOUNG_MAX_AGE = 24;
  static final int MAX_AGE = 100;
  /** Births per resident and year (about 7% of residents are 0-4). */
  static final double BIRTH_RATE = 0.0136;
  /** Boys per girl at birth. */
  static final double MALE_BIRTH_SHARE = 0.512;

  /** 5-year group weights from 25-29 to 95-99, then 100+ (per year of age inside a group). */
  private static final double[] MALE_GROUPS = {7.6, 7.5, 7.6, 7.6, 7.3, 6.8, 6.0, 5.0, 3.9, 2.7,
      1.7, 0.95, 0.45, 0.17, 0.05, 0.01};
  private static final double[] FEMALE_GROUPS = {7.4, 7.4, 7.5, 7.6, 7.5, 7.1, 6.4, 5.5, 4.5,
      3.4, 2.4, 1.5, 0.8, 0.33, 0.11, 0.03};

  /** One young resident. {@code sex} 0 = L, 1 = P; {@code serial} unique in the village. */
  record Young(int serial, int sex, LocalDate birth) {}

  /** The residents of one village. */
  static final class Village {
    final VillageProfile profile;
    final int population;
    final int[] sexTotal = new int[2];
    /** Sorted by birth date, then serial. */
    final List<Young> young;
    /** Weights of ages YOUNG_MAX_AGE+1..100 per sex. */
    final double[][] oldWeights;

    Village(VillageProfile profile, int population, int males, List<Young> young,
        double[][] oldWeights) {
      this.profile = profile;
      this.population = population;
      this.sexTotal[0] = males;
      this.sexTotal[1] = population - males;
      this.young = young;
      this.oldWeights = oldWeights;
    }

    /** Residents by [sex][age] (age 100 = 100 and over) on {@code asOf}. */
    int[][] counts(LocalDate asOf) {
      int[][] c = new int[2][MAX_AGE + 1];
      int[] youngBySex = new int[2];
      for (Young y : young) {
        if (y.birth.isAfter(asOf)) {
          break;
        }
        int age = age(y.birth, asOf);
        if (age <= YOUNG_MAX_AGE) {
          c[y.sex][age]++;
          youngBySex[y.sex]++;
        }
      }
      for (int s = 0; s < 2; s++) {
        int rest = Math.max(0, sexTotal[s] - youngBySex[s]);
        int[] spread = largestRemainder(oldWeights[s], rest);
        for (int i = 0; i < spread.length; i++) {
          c[s][YOUNG_MAX_AGE + 1 + i] = spread[i];
        }
      }
      return c;
    }

    /** The young residents aged {@code minAge..maxAge} on {@code date}. */
    List<Young> aged(LocalDate date, int minAge, int maxAge) {
      List<Young> out = new ArrayList<>();
      for (Young y : young) {
        if (y.birth.isAfter(date)) {
          break;
        }
        int a = age(y.birth, date);
        if (a >= minAge && a <= maxAge) {
          out.add(y);
        }
      }
      return out;
    }
  }

  private final Village[] villages;
  private final int firstBirthYear;

  Demography(GeneratorConfig config, VillageProfiles profiles) {
    List<VillageProfile> all = profiles.all();
    int n = all.size();
    double scale = config.scale();
    int[] pop = largestRemainder(all.stream().mapToDouble(v -> v.population() * scale).toArray(),
        (int) Math.round(VillageProfiles.REGENCY_POPULATION * scale));
    int totalMale = (int) Math.round(894_056 * scale);
    double maleShare = (double) totalMale / Math.max(1, Arrays.stream(pop).sum());
    int[] males = largestRemainder(Arrays.stream(pop).mapToDouble(p -> p * maleShare).toArray(),
        totalMale);
    // Everyone young at the earliest population date written (the semester end before `from`).
    firstBirthYear = PopulationSourceWriter.asOfDates(config).get(0).getYear() - YOUNG_MAX_AGE - 1;
    int lastBirthYear = config.to().getYear();
    villages = new Village[n];
    for (int i = 0; i < n; i++) {
      VillageProfile v = all.get(i);
      SplittableRandom r = Seeds.rng(config.seed(), Seeds.DEMOGRAPHY, Long.parseLong(v.code()));
      double fertility = Math.exp(0.08 * Seeds.normal(r)) * (v.kelurahan() ? 0.92 : 1.0);
      double tilt = 0.06 * Seeds.normal(r) + (v.kelurahan() ? -0.05 : 0.0);
      List<Young> young = new ArrayList<>();
      int serial = 0;
      for (int y = firstBirthYear; y <= lastBirthYear; y++) {
        double cohort = pop[i] * BIRTH_RATE * fertility * (1 + 0.008 * (2024 - y));
        int days = LocalDate.of(y, 12, 31).getDayOfYear();
        for (int s = 0; s < 2; s++) {
          double expected = cohort * (s == 0 ? MALE_BIRTH_SHARE : 1 - MALE_BIRTH_SHARE);
          int count = (int) Math.max(0, Math.round(expected * (1 + 0.04 * Seeds.normal(r))));
          for (int k = 0; k < count; k++) {
            young.add(new Young(serial++, s, LocalDate.ofYearDay(y, 1 + r.nextInt(days))));
          }
        }
      }
      young.sort(Comparator.comparing(Young::birth).thenComparingInt(Young::serial));
      double[][] old = new double[2][MAX_AGE - YOUNG_MAX_AGE];
      for (int s = 0; s < 2; s++) {
        double[] groups = s == 0 ? MALE_GROUPS : FEMALE_GROUPS;
        for (int a = YOUNG_MAX_AGE + 1; a <= MAX_AGE; a++) {
          double w;
          if (a == MAX_AGE) {
            w = groups[groups.length - 1] / 5;
          } else {
            // Linear between the midpoints of the 5-year groups.
            double x = (a - 27.0) / 5;
            int g = (int) Math.max(0, Math.min(groups.length - 3, Math.floor(x)));
            double f = Math.max(0, Math.min(1, x - g));
            w = (groups[g] * (1 - f) + groups[g + 1] * f) / 5;
          }
          old[s][a - YOUNG_MAX_AGE - 1] = w * Math.exp(-tilt * (a - 50) / 25.0);
        }
      }
      villages[i] = new Village(v, pop[i], males[i], List.copyOf(young), old);
    }
  }

  Village village(VillageProfile v) {
    return villages[v.index()];
  }

  Village[] villages() {
    return villages;
  }

  long totalPopulation() {
    long t = 0;
    for (Village v : villages) {
      t += v.population;
    }
    return t;
  }

  /** Completed years between birth and date. */
  static int age(LocalDate birth, LocalDate date) {
    int a = date.getYear() - birth.getYear();
    if (date.getMonthValue() < birth.getMonthValue()
        || (date.getMonthValue() == birth.getMonthValue()
            && date.getDayOfMonth() < birth.getDayOfMonth())) {
      a--;
    }
    return a;
  }

  /** Integers proportional to the weights that sum exactly to {@code total}. */
  static int[] largestRemainder(double[] weights, int total) {
    int n = weights.length;
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    int[] out = new int[n];
    if (n == 0 || total <= 0 || sum <= 0) {
      return out;
    }
    double[] rem = new double[n];
    int assigned = 0;
    for (int i = 0; i < n; i++) {
      double exact = weights[i] / sum * total;
      out[i] = (int) Math.floor(exact);
      rem[i] = exact - out[i];
      assigned += out[i];
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -rem[i]).thenComparing(i -> i));
    for (int k = 0; k < total - assigned; k++) {
      out[order[k % n]]++;
    }
    return out;
  }
}
