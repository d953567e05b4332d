package id.banyuwangi.kampung.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.kampung.domain.person.Nik;
import id.banyuwangi.kampung.domain.person.Pseudonymizer;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PersonTest {
  @Test
  void validatesNik() {
    assertTrue(Nik.isValid("3510011203850001")); // man born 12-03-85
    assertTrue(Nik.isValid("3510015203850002")); // woman born 12-03-85 (52 = 12 + 40)
    assertFalse(Nik.isValid("351001120385000")); // 15 digits
    assertFalse(Nik.isValid("35100112038500A1"));
    assertFalse(Nik.isValid("9910011203850001")); // no province 99
    assertFalse(Nik.isValid("3510013213850001")); // month 13
    assertFalse(Nik.isValid("3510013202850001")); // 32 February
    assertFalse(Nik.isValid(null));
  }

  @Test
  void pseudonymIsKeyedAndStable() {
    Pseudonymizer a = new Pseudonymizer("a-key-of-sixteen-chars");
    Pseudonymizer b = new Pseudonymizer("another-key-of-16-chars");
    String nik = "3510011203850001";
    assertEquals(a.pseudonym("nik", nik), a.pseudonym("nik", nik));
    assertNotEquals(a.pseudonym("nik", nik), b.pseudonym("nik", nik));
    assertFalse(a.pseudonym("nik", nik).contains(nik));
    assertEquals(33, a.pseudonym("nik", nik).length());
  }

  @Test
  void refusesToRunWithoutAKey() {
    assertTrue(Pseudonymizer.keyFrom(Map.of()).isEmpty());
    assertThrows(IllegalArgumentException.class, () -> new Pseudonymizer("short"));
  }
}
