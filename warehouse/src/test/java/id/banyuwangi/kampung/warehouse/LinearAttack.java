package id.banyuwangi.kampung.warehouse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The strongest subtraction attacker: any linear combination of published relations, not only
 * chains of one unknown. A field is recomputable exactly when its unit vector lies in the row space
 * of the relations' coefficients over the unknown fields; that is decided by Gauss-Jordan
 * elimination (over the integers modulo a large prime, so no rounding decides it), one connected
 * component of unknowns at a time. A component larger than {@code maxUnknowns} is not eliminated
 * whole: its equations are split by district (the equations whose fields all lie in one district,
 * such as one measure inside one kecamatan, or one measure's kecamatan and regency cells) and each
 * district is eliminated alone, which recovers every field that the equations of one district fix;
 * callers say how many unknowns were in such components.
 */
final class LinearAttack {
  private static final long P = 2_147_483_647L; // 2^31 - 1, a prime

  /** What the elimination found: the determined secret fields, and what was too large to eliminate whole. */
  record Result(List<String> determined, int componentsChecked, int componentsTooLarge, int unknownsTooLarge,
      int districtsChecked) {}

  private LinearAttack() {}

  static Result run(List<Map<String, Integer>> equations, Set<String> secrets, int maxUnknowns) {
    return run(equations, secrets, maxUnknowns, List.of());
  }

  /**
   * @param equations each relation as coefficients over its unknown fields (+1 a part, -1 the sum)
   * @param secrets the unknown fields a reader must not learn
   * @param districtings ways to place a field in a district (null for none), each splitting the
   *     components too large to solve whole
   */
  static Result run(List<Map<String, Integer>> equations, Set<String> secrets, int maxUnknowns,
      List<Function<String, String>> districtings) {
    Map<String, Integer> id = new HashMap<>();
    List<String> fields = new ArrayList<>();
    for (Map<String, Integer> e : equations) {
      for (String f : e.keySet()) {
        if (id.putIfAbsent(f, fields.size()) == null) {
          fields.add(f);
        }
      }
    }
    // column order: members before totals, villages before kecamatan, months first (little fill)
    String[] byOrder = fields.stream().sorted(Comparator.comparing(LinearAttack::coarseness)).toArray(String[]::new);
    int[] column = new int[byOrder.length];
    for (int i = 0; i < byOrder.length; i++) {
      column[id.get(byOrder[i])] = i;
    }
    List<Row> rows = new ArrayList<>();
    int[] parent = new int[byOrder.length];
    Arrays.setAll(parent, i -> i);
    for (Map<String, Integer> e : equations) {
      Row r = Row.of(e, f -> column[id.get(f)]);
      if (r.size() > 0) {
        rows.add(r);
        for (int c : r.cols) {
          union(parent, r.cols[0], c);
        }
      }
    }
    Map<Integer, List<Row>> components = new TreeMap<>();
    for (Row r : rows) {
      components.computeIfAbsent(find(parent, r.cols[0]), k -> new ArrayList<>()).add(r);
    }
    int[] sizes = new int[byOrder.length];
    for (int c = 0; c < byOrder.length; c++) {
      sizes[find(parent, c)]++;
    }
    List<String> determined = new ArrayList<>();
    int checked = 0;
    int tooLarge = 0;
    int unknownsTooLarge = 0;
    int districts = 0;
    for (Map.Entry<Integer, List<Row>> component : components.entrySet()) {
      List<List<Row>> systems = new ArrayList<>();
      if (sizes[component.getKey()] <= maxUnknowns) {
        checked++;
        systems.add(component.getValue());
      } else {
        tooLarge++;
        unknownsTooLarge += sizes[component.getKey()];
        for (Function<String, String> district : districtings) {
          Map<String, List<Row>> byDistrict = new TreeMap<>();
          for (Row r : component.getValue()) {
            String d = districtOf(r, byOrder, district);
            if (d != null) {
              byDistrict.computeIfAbsent(d, k -> new ArrayList<>()).add(r);
            }
          }
          districts += byDistrict.size();
          systems.addAll(byDistrict.values());
        }
      }
      for (List<Row> system : systems) {
        for (int c : fixedColumns(system)) {
          if (secrets.contains(byOrder[c])) {
            determined.add(byOrder[c]);
          }
        }
      }
    }
    determined = determined.stream().distinct().sorted().toList();
    return new Result(determined, checked, tooLarge, unknownsTooLarge, districts);
  }

  /** The district all of a row's fields lie in, or null when they lie in none or in several. */
  private static String districtOf(Row r, String[] field, Function<String, String> district) {
    String d = district.apply(field[r.cols[0]]);
    for (int c : r.cols) {
      if (d == null || !d.equals(district.apply(field[c]))) {
        return null;
      }
    }
    return d;
  }

  /** The columns that the rows fix: reduced to echelon form, then back-substituted; a row left with one column fixes it. */
  private static List<Integer> fixedColumns(List<Row> system) {
    Map<Integer, Row> pivots = new HashMap<>();
    for (Row given : system) {
      Row r = reduce(given, pivots, 0);
      if (r.size() > 0) {
        pivots.put(r.cols[0], r.times(inverse(r.vals[0])));
      }
    }
    List<Integer> order = new ArrayList<>(pivots.keySet());
    order.sort(Comparator.reverseOrder());
    List<Integer> fixed = new ArrayList<>();
    for (int p : order) { // later pivots are fully reduced already: one sweep leaves only free columns
      Row r = reduce(pivots.get(p), pivots, 1);
      pivots.put(p, r);
      if (r.size() == 1) {
        fixed.add(p);
      }
    }
    return fixed;
  }

  /**
   * Subtracts from r, at every column from position {@code from} on that is a pivot, that pivot's
   * row (from 1 for a pivot's own row, whose first column is its pivot).
   */
  private static Row reduce(Row r, Map<Integer, Row> pivots, int from) {
    int i = from;
    while (i < r.size()) {
      Row p = pivots.get(r.cols[i]);
      if (p != null) {
        r = r.minus(r.vals[i], p); // columns before i are untouched; the pivot's own column is gone
      } else {
        i++;
      }
    }
    return r;
  }

  private static long inverse(long a) {
    return java.math.BigInteger.valueOf(a).modInverse(java.math.BigInteger.valueOf(P)).longValue();
  }

  private static int find(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  private static void union(int[] parent, int a, int b) {
    parent[find(parent, a)] = find(parent, b);
  }

  /** A sparse row modulo P: ascending columns and their nonzero values. */
  private record Row(int[] cols, long[] vals) {
    static Row of(Map<String, Integer> coefficients, java.util.function.ToIntFunction<String> column) {
      TreeMap<Integer, Long> sorted = new TreeMap<>();
      coefficients.forEach((f, k) -> sorted.merge(column.applyAsInt(f), Math.floorMod((long) k, P), (a, b) -> (a + b) % P));
      sorted.values().removeIf(v -> v == 0);
      return new Row(sorted.keySet().stream().mapToInt(Integer::intValue).toArray(),
          sorted.values().stream().mapToLong(Long::longValue).toArray());
    }

    int size() {
      return cols.length;
    }

    Row times(long k) {
      long[] v = new long[vals.length];
      for (int i = 0; i < v.length; i++) {
        v[i] = vals[i] * k % P;
      }
      return new Row(cols, v);
    }

    /** This row minus k times another, merged column by column. */
    Row minus(long k, Row o) {
      int[] c = new int[cols.length + o.cols.length];
      long[] v = new long[c.length];
      int n = 0;
      int i = 0;
      int j = 0;
      while (i < cols.length || j < o.cols.length) {
        int col;
        long val;
        if (j >= o.cols.length || (i < cols.length && cols[i] < o.cols[j])) {
          col = cols[i];
          val = vals[i++];
        } else if (i >= cols.length || o.cols[j] < cols[i]) {
          col = o.cols[j];
          val = Math.floorMod(-(k * o.vals[j++] % P), P);
        } else {
          col = cols[i];
          val = Math.floorMod(vals[i++] - k * o.vals[j++] % P, P);
        }
        if (val != 0) {
          c[n] = col;
          v[n++] = val;
        }
      }
      return new Row(Arrays.copyOf(c, n), Arrays.copyOf(v, n));
    }
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
