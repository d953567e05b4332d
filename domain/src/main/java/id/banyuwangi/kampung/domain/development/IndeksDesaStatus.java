package id.banyuwangi.kampung.domain.development;

/**
 * The status of a village in the Indeks Desa (Permendesa PDTT 9/2024, contract section 9), best
 * last as in {@link IdmStatus}. The ministry publishes the status with the score and may revise
 * its bands between years, so a status is taken as published and never recomputed from a score.
 */
public enum IndeksDesaStatus {
  SANGAT_TERTINGGAL("Sangat Tertinggal", "Very underdeveloped"),
  TERTINGGAL("Tertinggal", "Underdeveloped"),
  BERKEMBANG("Berkembang", "Developing"),
  MAJU("Maju", "Advanced"),
  MANDIRI("Mandiri", "Self-reliant");

  private final String nameId;
  private final String nameEn;

  IndeksDesaStatus(String nameId, String nameEn) {
    this.nameId = nameId;
    this.nameEn = nameEn;
  }

  public String nameId() {
    return nameId;
  }

  public String nameEn() {
    return nameEn;
  }
}
