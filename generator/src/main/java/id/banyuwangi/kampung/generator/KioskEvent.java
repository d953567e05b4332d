package id.banyuwangi.kampung.generator;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** One event of a service request, before it is rendered as a JSON line. */
record KioskEvent(String eventId, String txnId, String type, long at, String serviceCode,
    String channel, Citizen citizen, Long feeIdr, Integer rating, String reason) {

  static final ZoneOffset WIB = ZoneOffset.ofHours(7);
  static final long WIB_OFFSET_S = 7 * 3600;
  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

  static final String SUBMITTED = "SUBMITTED";
  static final String IN_PROCESS = "IN_PROCESS";
  static final String COMPLETED = "COMPLETED";
  static final String REJECTED = "REJECTED";
  static final String CANCELLED = "CANCELLED";

  /** Order of event types at equal timestamps (SUBMITTED < IN_PROCESS < terminal). */
  int typeOrder() {
    return switch (type) {
      case SUBMITTED -> 0;
      case IN_PROCESS -> 1;
      default -> 2;
    };
  }

  LocalDate wibDate() {
    return wibDate(at);
  }

  static LocalDate wibDate(long epochSecond) {
    return LocalDate.ofEpochDay(Math.floorDiv(epochSecond + WIB_OFFSET_S, 86_400L));
  }

  static long dayStart(LocalDate d) {
    return d.toEpochDay() * 86_400L - WIB_OFFSET_S;
  }

  static int secondOfDay(long epochSecond) {
    return (int) Math.floorMod(epochSecond + WIB_OFFSET_S, 86_400L);
  }

  /** {@code yyyy-MM-ddTHH:mm:ss+07:00}. */
  static String format(long epochSecond) {
    long local = epochSecond + WIB_OFFSET_S;
    LocalDate d = LocalDate.ofEpochDay(Math.floorDiv(local, 86_400L));
    int s = (int) Math.floorMod(local, 86_400L);
    StringBuilder b = new StringBuilder(25);
    pad(b, d.getYear(), 4).append('-');
    pad(b, d.getMonthValue(), 2).append('-');
    pad(b, d.getDayOfMonth(), 2).append('T');
    pad(b, s / 3600, 2).append(':');
    pad(b, s / 60 % 60, 2).append(':');
    pad(b, s % 60, 2);
    return b.append("+07:00").toString();
  }

  /** Appends a non-negative number left-padded with zeros to {@code width} digits. */
  static StringBuilder pad(StringBuilder b, int value, int width) {
    String v = Integer.toString(value);
    for (int i = v.length(); i < width; i++) {
      b.append('0');
    }
    return b.append(v);
  }

  /** The same wall-clock time in another year (for clocks gone wrong). */
  static String formatInYear(long epochSecond, int year) {
    return LocalDateTime.ofEpochSecond(epochSecond, 0, WIB).withYear(year).atOffset(WIB)
        .format(ISO);
  }
}
