package id.banyuwangi.kampung.generator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Working days of a village office: Monday to Friday except Indonesian national holidays and
 * collective leave days (cuti bersama) of 2024 and 2025 (SKB 3 Menteri, approximately); other
 * years have weekends only.
 */
final class WorkCalendar {
  private static final Set<LocalDate> HOLIDAYS = Stream.of(
      // 2024
      "2024-01-01", "2024-02-08", "2024-02-09", "2024-02-14", "2024-03-11", "2024-03-12",
      "2024-03-29", "2024-04-08", "2024-04-09", "2024-04-10", "2024-04-11", "2024-04-12",
      "2024-04-15", "2024-05-01", "2024-05-09", "2024-05-10", "2024-05-23", "2024-05-24",
      "2024-06-17", "2024-06-18", "2024-07-07", "2024-08-17", "2024-09-16", "2024-11-27",
      "2024-12-25", "2024-12-26",
      // 2025
      "2025-01-01", "2025-01-27", "2025-01-28", "2025-01-29", "2025-03-28", "2025-03-31",
      "2025-04-01", "2025-04-02", "2025-04-03", "2025-04-04", "2025-04-07", "2025-04-18",
      "2025-05-01", "2025-05-12", "2025-05-13", "2025-05-29", "2025-05-30", "2025-06-06",
      "2025-06-09", "2025-06-27", "2025-08-18", "2025-09-05", "2025-12-25", "2025-12-26")
      .map(LocalDate::parse).collect(Collectors.toUnmodifiableSet());

  private WorkCalendar() {}

  static boolean isHoliday(LocalDate d) {
    return HOLIDAYS.contains(d);
  }

  static boolean isWorkday(LocalDate d) {
    DayOfWeek w = d.getDayOfWeek();
    return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY && !isHoliday(d);
  }
}
