package id.banyuwangi.kampung.generator;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * The adult residents of each village, computed on demand from (seed, village, index) so nothing is
 * held in memory. Index {@code i} of a village is always the same person. NIKs are valid: {@code 35}
 * (Jawa Timur), the district code's last four digits, the birth date {@code DDMMYY} with 40 added to
 * {@code DD} for women, and a serial.
 */
public final class CitizenPool {
  /** Ages are drawn relative to this date, so a citizen does not depend on the period generated. */
  static final LocalDate AGE_REFERENCE = LocalDate.of(2024, 7, 1);

  private final long seed;

  public CitizenPool(long seed) {
    this.seed = seed;
  }

  /** Citizen {@code index} (0 .. {@code village.adults()-1}) of the village. */
  public Citizen citizen(VillageProfile village, int index) {
    SplittableRandom r = Seeds.rng(seed, Seeds.CITIZEN, Long.parseLong(village.code()), index);
    String sex = r.nextDouble() < 0.501 ? "P" : "L";
    // Adults 17..85, younger adults more frequent.
    int age = 17 + (int) (68 * Math.pow(r.nextDouble(), 1.35));
    LocalDate birth = AGE_REFERENCE.minusYears(age).minusDays(r.nextInt(365));
    int serial = 1 + r.nextInt(9999);
    return new Citizen(nik(village.districtCode(), sex, birth, serial), sex, birth);
  }

  static String nik(String districtCode, String sex, LocalDate birth, int serial) {
    int dd = birth.getDayOfMonth() + ("P".equals(sex) ? 40 : 0);
    StringBuilder b = new StringBuilder(16).append("35").append(districtCode, 2, 6);
    KioskEvent.pad(b, dd, 2);
    KioskEvent.pad(b, birth.getMonthValue(), 2);
    KioskEvent.pad(b, birth.getYear() % 100, 2);
    return KioskEvent.pad(b, serial, 4).toString();
  }
}
