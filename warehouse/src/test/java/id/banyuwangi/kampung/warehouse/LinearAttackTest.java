package id.banyuwangi.kampung.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The linear attacker finds what chains of single unknowns cannot, and nothing a pattern protects. */
class LinearAttackTest {
  private static final Set<String> ALL = Set.of("a", "b", "d", "e", "x", "y", "z", "u", "w");

  @Test
  void aRectangleOfHiddenCellsIsSafe() {
    // rows a+b, d+e; columns a+d, b+e: two unknowns in every relation, one degree of freedom left
    var r = LinearAttack.run(List.of(sum("a", "b"), sum("d", "e"), sum("a", "d"), sum("b", "e")), ALL, 100);
    assertEquals(List.of(), r.determined());
    assertEquals(1, r.componentsChecked());
  }

  @Test
  void aCellBridgingTwoRectanglesIsRecomputed() {
    // every relation has two or three unknowns, yet x = row2 + row1 - column1 - column2
    var r = LinearAttack.run(List.of(sum("a", "b"), sum("d", "e", "x"), sum("y", "z"), sum("u", "w"),
        sum("a", "d"), sum("b", "e"), sum("x", "y", "u"), sum("z", "w")), ALL, 100);
    assertEquals(List.of("x"), r.determined());
  }

  @Test
  void aHiddenTotalWithAllButItsPartsKnownIsRecomputed() {
    // total t hidden with parts a, b hidden; a is also in a relation where it is alone
    var r = LinearAttack.run(List.of(Map.of("t", -1, "a", 1, "b", 1), sum("a")), Set.of("t", "a", "b"), 100);
    assertEquals(Set.of("a"), Set.copyOf(r.determined()));
  }

  @Test
  void componentsAboveTheLimitAreCountedNotSolved() {
    var r = LinearAttack.run(List.of(sum("a", "b", "d"), sum("x", "y")), ALL, 2);
    assertEquals(1, r.componentsTooLarge());
    assertEquals(3, r.unknownsTooLarge());
    assertEquals(1, r.componentsChecked());
  }

  private static Map<String, Integer> sum(String... parts) {
    var m = new java.util.HashMap<String, Integer>();
    for (String p : parts) {
      m.put(p, 1);
    }
    return m;
  }
}
