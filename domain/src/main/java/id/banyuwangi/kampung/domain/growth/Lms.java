package id.banyuwangi.kampung.domain.growth;

/**
 * Box-Cox power (L), median (M) and coefficient of variation (S) of one WHO table row, and the WHO z-score formulas
 * (WHO Child Growth Standards, Methods and development, 2006, chapter 7).
 */
record Lms(double l, double m, double s) {

  /** Plain LMS z-score: ((y / M)^L - 1) / (L S). Used as is for length/height-for-age. */
  double z(double y) {
    return (pow(y / m, l) - 1) / (s * l);
  }

  /** The measurement at {@code k} SD: M (1 + L S k)^(1/L). */
  double sd(double k) {
    return m * pow(1 + l * s * k, 1 / l);
  }

  /**
   * Z-score with WHO's restricted tails (weight-based indicators): beyond +/-3 SD the distribution is not trusted, so
   * the score continues linearly, one unit per distance between the 2 SD and 3 SD values on that side.
   */
  double zRestricted(double y) {
    double z = z(y);
    if (z > 3) {
      double sd3pos = sd(3);
      return 3 + (y - sd3pos) / (sd3pos - sd(2));
    }
    if (z < -3) {
      double sd3neg = sd(-3);
      return -3 + (y - sd3neg) / (sd(-2) - sd3neg);
    }
    return z;
  }

  /** R's {@code ^}: exact for the exponents 1 and 2 that often occur (L = 1 in the length tables). */
  private static double pow(double x, double y) {
    if (y == 1) {
      return x;
    }
    if (y == 2) {
      return x * x;
    }
    return Math.pow(x, y);
  }
}
