package id.banyuwangi.kampung.domain.person;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * The 16-digit Indonesian national identity number (NIK): digits 1-2 a province code, 3-4
 * regency, 5-6 district, 7-12 the birth date {@code DDMMYY} (women add 40 to {@code DD}), 13-16 a
 * serial number.
 */
public final class Nik {
  /** Kemendagri province codes, including the Papua provinces created in 2022. */
  private static final Set<String> PROVINCES = Set.of(
      "11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "31", "32", "33", "34", "35",
      "36", "51", "52", "53", "61", "62", "63", "64", "65", "71", "72", "73", "74", "75", "76",
      "81", "82", "91", "92", "93", "94", "95", "96");

  private Nik() {}

  /** Why a NIK is invalid, or empty when it is valid. */
  public static Optional<String> problem(String nik) {
    if (nik == null || nik.isEmpty()) {
      return Optional.of("NIK is missing");
    }
    if (nik.length() != 16 || !nik.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.of("NIK must be exactly 16 digits");
    }
    if (!PROVINCES.contains(nik.substring(0, 2))) {
      return Optional.of("NIK digits 1-2 are not a province code");
    }
    int day = Integer.parseInt(nik.substring(6, 8));
    int month = Integer.parseInt(nik.substring(8, 10));
    int yy = Integer.parseInt(nik.substring(10, 12));
    if (day > 40) {
      day -= 40;
    }
    // The century is not encoded: a date valid in either century is accepted (29 Feb needs a leap year).
    if (!isDate(2000 + yy, month, day) && !isDate(1900 + yy, month, day)) {
      return Optional.of("NIK digits 7-12 are not a valid birth date DDMMYY");
    }
    return Optional.empty();
  }

  public static boolean isValid(String nik) {
    return problem(nik).isEmpty();
  }

  private static boolean isDate(int year, int month, int day) {
    try {
      LocalDate.of(year, month, day);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }
}
