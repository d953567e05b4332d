package id.banyuwangi.kampung.domain.development;

/**
 * The village development status bands of Permendesa PDTT 2/2016 over the Indeks Desa Membangun
 * (IDM = (IKS + IKE + IKL) / 3). Each band's lower bound is exclusive.
 */
public enum IdmStatus {
  SANGAT_TERTINGGAL("Sangat Tertinggal", "Very underdeveloped", Double.NEGATIVE_INFINITY),
  TERTINGGAL("Tertinggal", "Underdeveloped", 0.4907),
  BERKEMBANG("Berkembang", "Developing", 0.5989),
  MAJU("Maju", "Advanced", 0.7072),
  MANDIRI("Mandiri", "Self-reliant", 0.8155);

  private final String nameId;
  private final String nameEn;
  private final double lowerExclusive;

  IdmStatus(String nameId, String nameEn, double lowerExclusive) {
    this.nameId = nameId;
    this.nameEn = nameEn;
    this.lowerExclusive = lowerExclusive;
  }

  public String nameId() {
    return nameId;
  }

  public String nameEn() {
    return nameEn;
  }

  public double lowerExclusive() {
    return lowerExclusive;
  }

  public static IdmStatus of(double idm) {
    IdmStatus band = SANGAT_TERTINGGAL;
    for (IdmStatus s : values()) {
      if (idm > s.lowerExclusive) {
        band = s;
      }
    }
    return band;
  }

  /**
   * The IDM, rounded to 10 decimals: the sub-indices have 4, so this removes only binary noise that
   * would put (0.4907 + 0.4907 + 0.4907) / 3 above the 0.4907 bound (the warehouse rounds alike).
   */
  public static double score(double iks, double ike, double ikl) {
    return Math.round((iks + ike + ikl) / 3 * 1e10) / 1e10;
  }
}
