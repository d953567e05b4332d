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

  @Test
  void aComponentAboveTheLimitIsSolvedDistrictByDistrict() {
    // x = a + b with a, b unknown and a - b known: a is fixed by district A's two relations alone;
    // the relation a + y + z links it to district B, so the component is too large to solve whole
    var equations = List.of(sum("a", "b"), Map.of("a", 1, "b", -1), sum("a", "y", "z"), sum("y", "z", "u"));
    var whole = LinearAttack.run(equations, ALL, 3);
    assertEquals(List.of(), whole.determined());
    assertEquals(1, whole.componentsTooLarge());
    var byDistrict = LinearAttack.run(equations, ALL, 3, List.of(f -> Set.of("a", "b").contains(f) ? "A" : "B"));
    assertEquals(List.of("a", "b"), byDistrict.determined());
    assertEquals(2, byDistrict.districtsChecked(), "A, and B's y + z + u; the linking relation is in neither");
  }

  private static Map<String, Integer> sum(String... parts) {
    var m = new java.util.HashMap<String, Integer>();
    for (String p : parts) {
      m.put(p, 1);
    }
    return m;
  }
}
