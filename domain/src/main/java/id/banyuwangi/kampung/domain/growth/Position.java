package id.banyuwangi.kampung.domain.growth;

/** How length/height was measured: contract code {@code L} (lying, recumbent length) or {@code H} (standing height). */
public enum Position {
  LYING,
  STANDING;

  /** The contract code: {@code L} or {@code H}. */
  public String code() {
    return this == LYING ? "L" : "H";
  }

  /**
   * Position from the contract code {@code L} / {@code H} (case and surrounding blanks ignored); {@code null} for a
   * missing or blank code, as the WHO package treats an unknown position.
   */
  public static Position fromCode(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    return switch (code.trim().toUpperCase(java.util.Locale.ROOT)) {
      case "L" -> LYING;
      case "H" -> STANDING;
      default -> throw new IllegalArgumentException("position must be L (lying) or H (standing): " + code);
    };
  }
}
