package id.banyuwangi.kampung.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.banyuwangi.kampung.domain.period.Period;
import id.banyuwangi.kampung.domain.period.PeriodKind;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {
  @Test
  void parsesEveryForm() {
    assertEquals(PeriodKind.MONTH, Period.parse("2024-03").kind());
    assertEquals(LocalDate.of(2024, 3, 31), Period.parse("2024-03").end());
    assertEquals(LocalDate.of(2024, 4, 1), Period.parse("2024-Q2").start());
    assertEquals(LocalDate.of(2024, 6, 30), Period.parse("2024-Q2").end());
    assertEquals(PeriodKind.YEAR, Period.parse("2024").kind());
    assertEquals(LocalDate.of(2023, 7, 1), Period.parse("2023/2024").start());
  }

  @Test
  void rejectsMalformedPeriodsWithAClearMessage() {
    for (String bad : new String[] {"2024-13", "2024-Q5", "24", "2023/2025", "March", ""}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Period.parse(bad));
      assertEquals(true, e.getMessage().contains("period"), e.getMessage());
    }
  }

  @Test
  void cutsDaysInWib() {
    // 17:30 UTC on 31 March is 00:30 on 1 April in WIB.
    assertEquals(LocalDate.of(2024, 4, 1), Period.wibDate(Instant.parse("2024-03-31T17:30:00Z")));
  }
}
