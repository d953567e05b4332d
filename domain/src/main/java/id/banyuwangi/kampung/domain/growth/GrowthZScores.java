package id.banyuwangi.kampung.domain.growth;

/**
 * WHO z-scores of one measurement, rounded to 2 decimals as WHO's anthro package rounds them.
 *
 * @param haz length/height-for-age, {@code null} if not computable
 * @param waz weight-for-age, {@code null} if not computable
 * @param whz weight-for-length (under 731 days) or weight-for-height, {@code null} if not computable
 * @param hazFlag |HAZ| &gt; 6 (implausible; the value is still returned)
 * @param wazFlag WAZ &lt; -6 or WAZ &gt; 5
 * @param whzFlag |WHZ| &gt; 5
 * @param adjustedLengthCm the length/height used (after the +/-0.7 cm adjustment), {@code NaN} if not measured
 */
public record GrowthZScores(
    Double haz,
    Double waz,
    Double whz,
    boolean hazFlag,
    boolean wazFlag,
    boolean whzFlag,
    double adjustedLengthCm) {

  /** True if any computed z-score is flagged implausible (such a measurement is excluded from prevalence). */
  public boolean anyFlag() {
    return hazFlag || wazFlag || whzFlag;
  }
}
