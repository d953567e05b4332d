package id.banyuwangi.kampung.domain.growth;

/** Sex of a child, coded as in the WHO tables: 1 boys, 2 girls. */
public enum Sex {
  MALE(1),
  FEMALE(2);

  private final int code;

  Sex(int code) {
    this.code = code;
  }

  /** The WHO table code: 1 for boys, 2 for girls. */
  public int code() {
    return code;
  }

  /** Sex from its WHO code (1 or 2). */
  public static Sex fromCode(int code) {
    return switch (code) {
      case 1 -> MALE;
      case 2 -> FEMALE;
      default -> throw new IllegalArgumentException("sex code must be 1 (boys) or 2 (girls): " + code);
    };
  }
}
