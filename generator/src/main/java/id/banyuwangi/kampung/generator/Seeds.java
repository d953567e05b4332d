package id.banyuwangi.kampung.generator;

import java.util.SplittableRandom;

/**
 * Seeded random streams. Every unit of work (a village, a citizen, a kiosk-day) gets its own
 * {@link SplittableRandom} derived from the run seed and the unit's key, so results do not depend
 * on the order or the thread in which units are processed.
 */
final class Seeds {
  static final long VILLAGE = 0x56494C4CL;
  static final long CITIZEN = 0x43495449L;
  static final long KIOSK = 0x4B494F53L;
  static final long KIOSK_DAY = 0x4B444159L;
  static final long KIOSK_FAULTS = 0x4B464C54L;
  static final long DEMOGRAPHY = 0x44454D4FL;
  static final long CSV_FAULTS = 0x43464C54L;
  static final long CSV_LAYOUT = 0x434C4159L;
  static final long POPULATION = 0x504F5055L;
  static final long HOUSEHOLD = 0x484F5553L;
  static final long HOUSEHOLD_YEAR = 0x48594541L;
  static final long CHILD = 0x4348494CL;
  static final long CHILD_VISIT = 0x43564953L;
  static final long STUDENT = 0x53545544L;
  static final long MSME = 0x4D534D45L;
  static final long BUMDES = 0x42554D44L;
  static final long IDM = 0x49444D00L;
  static final long INDEKS_DESA = 0x494E4453L;

  private Seeds() {}

  static long splitmix(long z) {
    z += 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  static long mix(long... parts) {
    long h = 0x2545F4914F6CDD1DL;
    for (long p : parts) {
      h = splitmix(h ^ p);
    }
    return h;
  }

  static SplittableRandom rng(long... parts) {
    return new SplittableRandom(mix(parts));
  }

  /** Standard normal (Box-Muller, one value per call). */
  static double normal(SplittableRandom r) {
    double u1 = r.nextDouble();
    double u2 = r.nextDouble();
    return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
  }

  /** Lognormal with the given median and log-standard deviation. */
  static double lognormal(SplittableRandom r, double median, double sigma) {
    return median * Math.exp(sigma * normal(r));
  }

  static int poisson(SplittableRandom r, double lambda) {
    if (lambda <= 0) {
      return 0;
    }
    if (lambda > 60) {
      return (int) Math.max(0, Math.round(lambda + Math.sqrt(lambda) * normal(r)));
    }
    double limit = Math.exp(-lambda);
    double p = r.nextDouble();
    int n = 0;
    while (p > limit) {
      p *= r.nextDouble();
      n++;
    }
    return n;
  }

  /** Cumulative sums of weights, normalised to end at 1. */
  static double[] cumulative(double[] weights) {
    double[] c = new double[weights.length];
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i];
      c[i] = sum;
    }
    for (int i = 0; i < c.length; i++) {
      c[i] /= sum;
    }
    return c;
  }

  /** Index drawn from cumulative weights. */
  static int pick(SplittableRandom r, double[] cumulative) {
    double u = r.nextDouble();
    for (int i = 0; i < cumulative.length; i++) {
      if (u < cumulative[i]) {
        return i;
      }
    }
    return cumulative.length - 1;
  }

  /** A version-4 UUID string from the stream (deterministic). */
  static String uuid(SplittableRandom r) {
    long msb = (r.nextLong() & 0xFFFFFFFFFFFF0FFFL) | 0x0000000000004000L;
    long lsb = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new java.util.UUID(msb, lsb).toString();
  }
}
