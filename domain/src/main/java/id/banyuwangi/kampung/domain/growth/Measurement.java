package id.banyuwangi.kampung.domain.growth;

import java.util.Objects;

/**
 * One weighing/measuring of a child.
 *
 * @param sex the child's sex
 * @param ageDays exact age in days at the measurement (see {@link WhoGrowthStandards#ageInDays})
 * @param weightKg weight in kg, {@code NaN} if not measured
 * @param lengthOrHeightCm length or height in cm as measured, {@code NaN} if not measured
 * @param position lying or standing, {@code null} if unknown (then no 0.7 cm adjustment is made)
 */
public record Measurement(Sex sex, int ageDays, double weightKg, double lengthOrHeightCm, Position position) {
  public Measurement {
    Objects.requireNonNull(sex, "sex");
  }

  /** Age in months as the WHO package derives it from days: days / 30.4375 (not rounded). */
  public double ageMonths() {
    return ageDays / WhoGrowthStandards.DAYS_PER_MONTH;
  }

  /**
   * True for a standing measurement under 9 months (WHO anthro's {@code c9mo_flag}): such a position is implausible,
   * so it is ignored (treated as unknown) and the length is not adjusted.
   */
  public boolean standingUnderNineMonths() {
    return position == Position.STANDING && ageMonths() < 9;
  }
}
