package id.banyuwangi.kampung.domain.region;

/** The three levels of the region hierarchy, with the length of their Kemendagri codes. */
public enum AreaLevel {
  REGENCY(4, "Kabupaten"),
  DISTRICT(6, "Kecamatan"),
  VILLAGE(10, "Desa/Kelurahan");

  private final int codeLength;
  private final String nameId;

  AreaLevel(int codeLength, String nameId) {
    this.codeLength = codeLength;
    this.nameId = nameId;
  }

  public int codeLength() {
    return codeLength;
  }

  public String nameId() {
    return nameId;
  }

  /** The level one step down, or null for a village. */
  public AreaLevel child() {
    return switch (this) {
      case REGENCY -> DISTRICT;
      case DISTRICT -> VILLAGE;
      case VILLAGE -> null;
    };
  }
}
