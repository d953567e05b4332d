package id.banyuwangi.kampung.domain.growth;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * WHO Child Growth Standards (2006) z-scores for children under five, computed the way WHO's own R package
 * {@code anthro} ({@code anthro_zscores}) computes them, from the LMS tables shipped under
 * {@code reference/who_growth/} (see PROVENANCE.md):
 *
 * <ul>
 *   <li>Age in exact days; age in months = days / 30.4375. Nothing is computed from 60 months (day 1827) on.
 *   <li>Position: a standing measurement under 9 months is implausible; it is treated as unknown (no adjustment).
 *       Otherwise standing under 731 days gets +0.7 cm (to a length), lying from 731 days gets -0.7 cm (to a height).
 *       Unknown position: no adjustment.
 *   <li>HAZ: length/height-for-age row of the age day, plain LMS z-score (no restricted tails).
 *   <li>WAZ: weight-for-age row of the age day, restricted tails beyond +/-3 SD.
 *   <li>WHZ: chosen by age (not by position): weight-for-length under 731 days, valid for adjusted length 45-110 cm;
 *       weight-for-height from 731 days, valid for adjusted height 65-120 cm. L, M and S are interpolated linearly
 *       between the two 0.1 cm rows around the adjusted length; restricted tails as for WAZ.
 *   <li>Rounding to 2 decimals with R's {@code round} (R 4.x), then flags on the rounded value: |HAZ| &gt; 6, WAZ
 *       &lt; -6 or &gt; 5, |WHZ| &gt; 5.
 * </ul>
 *
 * <p>Thread-safe and immutable; the tables are read once per JVM.
 */
public final class WhoGrowthStandards {
  /** Days per month used by WHO anthro. */
  public static final double DAYS_PER_MONTH = 30.4375;
  /** From this age on, a lying measurement is converted to a height and the weight-for-height table is used. */
  public static final int HEIGHT_FROM_AGE_DAYS = 731;
  /** Standing/lying difference added to a standing measurement (or subtracted from a lying one). */
  public static final double LYING_STANDING_DIFFERENCE_CM = 0.7;

  private static final double WFL_MIN_CM = 45;
  private static final double WFL_MAX_CM = 110;
  private static final double WFH_MIN_CM = 65;
  private static final double WFH_MAX_CM = 120;

  private final LmsTable lhfa;
  private final LmsTable wfa;
  private final LmsTable wfl;
  private final LmsTable wfh;

  private WhoGrowthStandards() {
    lhfa = LmsTable.load("lhfa_by_day.csv", "age_days", 1);
    wfa = LmsTable.load("wfa_by_day.csv", "age_days", 1);
    wfl = LmsTable.load("wfl_by_length.csv", "length_cm", 10);
    wfh = LmsTable.load("wfh_by_height.csv", "height_cm", 10);
  }

  private static final class Holder {
    static final WhoGrowthStandards INSTANCE = new WhoGrowthStandards();
  }

  /** The standards, loaded from the classpath on first use and shared afterwards. */
  public static WhoGrowthStandards load() {
    return Holder.INSTANCE;
  }

  /** Exact age in days between birth and measurement (negative if the measurement is before the birth date). */
  public static int ageInDays(LocalDate birth, LocalDate measured) {
    return Math.toIntExact(ChronoUnit.DAYS.between(birth, measured));
  }

  /**
   * The length/height the z-scores use: the measured value adjusted by +/-0.7 cm so that it is a recumbent length
   * under 731 days and a standing height from 731 days. Not adjusted when the position is unknown, or standing under 9
   * months (implausible, so ignored as WHO anthro does). {@code NaN} if not measured.
   */
  public static double adjustedLengthCm(Measurement m) {
    double x = m.lengthOrHeightCm();
    Position p = m.standingUnderNineMonths() ? null : m.position();
    if (p == Position.STANDING && m.ageDays() < HEIGHT_FROM_AGE_DAYS) {
      return x + LYING_STANDING_DIFFERENCE_CM;
    }
    if (p == Position.LYING && m.ageDays() >= HEIGHT_FROM_AGE_DAYS) {
      return x - LYING_STANDING_DIFFERENCE_CM;
    }
    return x;
  }

  /** HAZ, WAZ and WHZ of one measurement; a score is {@code null} when it cannot be computed. */
  public GrowthZScores zScores(Measurement m) {
    double length = adjustedLengthCm(m);
    double weight = m.weightKg();
    int age = m.ageDays();
    // anthro: only for 0 <= age and age in months < 60; the day tables end at 1826 (59.99 months).
    boolean ageOk = age >= 0 && m.ageMonths() < 60;

    Double haz = null;
    Double waz = null;
    Double whz = null;
    if (ageOk && length > 0 && lhfa.has(age)) {
      haz = rounded(lhfa.at(m.sex(), age).z(length));
    }
    if (ageOk && weight > 0 && wfa.has(age)) {
      waz = rounded(wfa.at(m.sex(), age).zRestricted(weight));
    }
    if (ageOk && weight > 0) {
      whz = weightForLengthOrHeight(m.sex(), age, length, weight);
    }
    return new GrowthZScores(
        haz,
        waz,
        whz,
        haz != null && Math.abs(haz) > 6,
        waz != null && (waz < -6 || waz > 5),
        whz != null && Math.abs(whz) > 5,
        length);
  }

  private Double weightForLengthOrHeight(Sex sex, int ageDays, double length, double weight) {
    boolean lengthTable = ageDays < HEIGHT_FROM_AGE_DAYS;
    LmsTable table = lengthTable ? wfl : wfh;
    double min = lengthTable ? WFL_MIN_CM : WFH_MIN_CM;
    double max = lengthTable ? WFL_MAX_CM : WFH_MAX_CM;
    if (!(length >= min && length <= max)) { // also false for NaN
      return null;
    }
    Lms lms = interpolated(table, sex, length);
    return lms == null ? null : rounded(lms.zRestricted(weight));
  }

  /**
   * L, M, S at {@code cm}, interpolated between the 0.1 cm rows below and above, with anthro's exact arithmetic:
   * lower row trunc(cm*10)/10, upper row trunc(cm*10 + 1)/10, weight (cm - lower)/0.1; the lower row alone when that
   * weight is not positive.
   */
  static Lms interpolated(LmsTable table, Sex sex, double cm) {
    int lowKey = (int) Math.floor(cm * 10);
    int uppKey = (int) Math.floor(cm * 10 + 1);
    double diff = (cm - lowKey / 10.0) / 0.1;
    if (!table.has(lowKey)) {
      return null;
    }
    Lms low = table.at(sex, lowKey);
    if (!(diff > 0)) {
      return low;
    }
    if (!table.has(uppKey)) {
      return null;
    }
    Lms upp = table.at(sex, uppKey);
    return new Lms(
        low.l() + diff * (upp.l() - low.l()),
        low.m() + diff * (upp.m() - low.m()),
        low.s() + diff * (upp.s() - low.s()));
  }

  private static Double rounded(double z) {
    double r = roundLikeR(z, 2) + 0.0; // + 0.0 turns R's harmless -0 into 0, so Double.equals(0.0) holds
    return Double.isFinite(r) ? r : null;
  }

  /**
   * R's {@code round(x, digits)} as of R 4.0.0 (nmath {@code fround}): of the two candidates floor(x*10^d)/10^d and
   * ceil(x*10^d)/10^d, the one nearer to the double x; on an exact tie the one with an even last digit. So 0.125 gives
   * 0.12, and 2.675 (really 2.67499999...) gives 2.67 -- unlike a decimal half-up on the printed value.
   */
  static double roundLikeR(double x, int digits) {
    if (!Double.isFinite(x) || x == 0) {
      return x;
    }
    double sign = 1;
    if (x < 0) {
      sign = -1;
      x = -x;
    }
    // R: no rounding needed when the digits asked for exceed double precision.
    if (Math.log10(2) * (0.5 + Math.getExponent(x)) + digits > 15) {
      return sign * x;
    }
    double pow10 = 1;
    for (int i = 0; i < digits; i++) {
      pow10 *= 10; // exact, as R's R_pow_di
    }
    double x10 = x * pow10;
    double i10 = Math.floor(x10);
    double down = i10 / pow10;
    double up = Math.ceil(x10) / pow10;
    double du = up - x;
    double dd = x - down;
    boolean odd = i10 % 2 == 1;
    return sign * ((du < dd || (odd && du == dd)) ? up : down);
  }
}
