package id.banyuwangi.kampung.warehouse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The strongest subtraction attacker: any linear combination of published relations, not only
 * chains of one unknown. A field is recomputable exactly when its unit vector lies in the row space
 * of the relations' coefficients over the unknown fields; that is decided by Gaussian elimination
 * (over the integers modulo a large prime, so no rounding decides it), one connected component of
 * unknowns at a time. Components larger than {@code maxUnknowns} are counted, not solved (their
 * elimination would not fit a test's time); callers say how many.
 */
final class LinearAttack {
  private static final long P = 2_147_483_647L; // 2^31 - 1, a prime

  /** What the elimination found: the determined secret fields, and what was too large to check. */
  record Result(List<String> determined, int componentsChecked, int componentsTooLarge, int unknownsTooLarge) {}

  private LinearAttack() {}

  /**
   * @param equations each relation as coefficients over its unknown fields (+1 a part, -1 the sum)
   * @param secrets the unknown fields a reader must not learn
   */
  static Result run(List<Map<String, Integer>> equations, Set<String> secrets, int maxUnknowns) {
    Map<String, List<Map<String, Integer>>> equationsOf = new HashMap<>();
    for (Map<String, Integer> e : equations) {
      e.keySet().forEach(f -> equationsOf.computeIfAbsent(f, k -> new ArrayList<>()).add(e));
    }
    List<String> determined = new ArrayList<>();
    Set<String> visited = new java.util.HashSet<>();
    int checked = 0;
    int tooLarge = 0;
    int unknownsTooLarge = 0;
    for (String start : equationsOf.keySet()) {
      if (!visited.add(start)) {
        continue;
      }
      // the component of start: every field reachable through shared equations
      Set<String> fields = new java.util.HashSet<>(List.of(start));
      Set<Map<String, Integer>> component = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(List.of(start));
      while (!todo.isEmpty()) {
        for (Map<String, Integer> e : equationsOf.get(todo.poll())) {
          if (component.add(e)) {
            e.keySet().stream().filter(fields::add).forEach(todo::add);
          }
        }
      }
      visited.addAll(fields);
      if (fields.size() > maxUnknowns) {
        tooLarge++;
        unknownsTooLarge += fields.size();
        continue;
      }
      checked++;
      Map<String, Map<String, Long>> basis = new java.util.TreeMap<>(java.util.Comparator.comparing(LinearAttack::coarseness));
      for (Map<String, Integer> e : component) {
        Map<String, Long> r = new HashMap<>();
        e.forEach((f, k) -> r.put(f, Math.floorMod((long) k, P)));
        insert(basis, r);
      }
      for (String f : basis.keySet()) {
        if (secrets.contains(f) && alone(basis, f)) {
          determined.add(f);
        }
      }
    }
    return new Result(determined, checked, tooLarge, unknownsTooLarge);
  }

  /** Adds a row to the basis after eliminating every pivot it holds; a row left is normalised on its first field. */
  private static void insert(Map<String, Map<String, Long>> basis, Map<String, Long> r) {
    while (true) {
      r.values().removeIf(v -> v == 0);
      String pivotHeld = r.keySet().stream().filter(basis::containsKey).findFirst().orElse(null);
      if (pivotHeld == null) {
        break;
      }
      subtract(r, basis.get(pivotHeld), r.get(pivotHeld));
    }
    if (!r.isEmpty()) {
      String pivot = r.keySet().stream().min(java.util.Comparator.comparing(LinearAttack::coarseness)).orElseThrow();
      long inverse = java.math.BigInteger.valueOf(r.get(pivot)).modInverse(java.math.BigInteger.valueOf(P)).longValue();
      r.replaceAll((f, v) -> v * inverse % P);
      basis.put(pivot, r);
    }
  }

  /** Whether f's basis row, with every other pivot eliminated, is f alone: then f is fixed. */
  private static boolean alone(Map<String, Map<String, Long>> basis, String f) {
    Map<String, Long> r = new HashMap<>(basis.get(f));
    while (true) {
      r.values().removeIf(v -> v == 0);
      String other = r.keySet().stream().filter(k -> !k.equals(f) && basis.containsKey(k)).findFirst().orElse(null);
      if (other == null) {
        return r.size() == 1;
      }
      subtract(r, basis.get(other), r.get(other));
    }
  }

  private static void subtract(Map<String, Long> r, Map<String, Long> row, long times) {
    row.forEach((f, v) -> r.merge(f, Math.floorMod(-times * v % P, P), (a, b) -> (a + b) % P));
  }

  /** measure|area|kind|period|breakdown|member: orders members before totals, villages before kecamatan, months first. */
  private static String coarseness(String field) {
    String[] k = field.split("\\|", -1);
    if (k.length < 6) {
      return field;
    }
    String kind = switch (k[2]) {
      case "MONTH" -> "0";
      case "QUARTER" -> "1";
      default -> "2";
    };
    return (k[4].equals("total") ? "1" : "0") + kind + (9 - Math.min(9, k[1].length() / 2)) + "|" + field;
  }
}
