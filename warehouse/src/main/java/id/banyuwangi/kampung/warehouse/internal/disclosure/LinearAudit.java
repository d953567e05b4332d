package id.banyuwangi.kampung.warehouse.internal.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntPredicate;

/**
 * The audit after the local rules: which secret cells some linear combination of the relations
 * fixes exactly (chains of single unknowns are one such combination, but two hidden rectangles
 * joined by one cell are another, where every relation still has two unknowns). A cell is fixed
 * exactly when its unit vector lies in the row space of the relations' coefficients over the
 * unknown cells: Gaussian elimination over the integers modulo a prime decides it without rounding,
 * one connected component of unknowns at a time, finest cells first (they are eliminated up the
 * hierarchies with little fill). A component of more than {@code maxUnknowns} cells is not
 * eliminated; the audit counts its cells, for the build to report.
 */
final class LinearAudit {
  private static final long P = 2_147_483_647L;

  /** The fixed secret cells, and the unknown cells of the components too large to audit. */
  record Result(int[] fixed, int unknownsNotAudited) {}

  private LinearAudit() {}

  static Result run(List<Relation> relations, int cells, IntPredicate unknown, IntPredicate secret, int maxUnknowns) {
    int[] height = heights(relations, cells);
    List<int[]> equations = new ArrayList<>(); // unknown cells, with the sum (coefficient -1) first when unknown
    UnionFind components = new UnionFind(cells);
    for (Relation r : relations) {
      int[] u = Arrays.stream(r.cells()).filter(unknown).toArray();
      if (u.length > 0) {
        equations.add(unknown.test(r.sum()) ? u : prependNone(u));
        for (int c : u) {
          components.union(u[0], c);
        }
      }
    }
    Map<Integer, List<int[]>> byComponent = new HashMap<>();
    for (int[] e : equations) {
      byComponent.computeIfAbsent(components.find(firstCell(e)), k -> new ArrayList<>()).add(e);
    }
    List<Integer> fixed = new ArrayList<>();
    int notAudited = 0;
    for (Map.Entry<Integer, List<int[]>> c : byComponent.entrySet()) {
      int size = components.size(c.getKey());
      if (size > maxUnknowns) {
        notAudited += size;
        continue;
      }
      Echelon basis = new Echelon();
      for (int[] e : c.getValue()) {
        basis.add(row(e, height));
      }
      for (long key : basis.fixedColumns()) {
        int cell = (int) (key & 0xffffffffL);
        if (secret.test(cell)) {
          fixed.add(cell);
        }
      }
    }
    return new Result(fixed.stream().mapToInt(Integer::intValue).sorted().toArray(), notAudited);
  }

  /** A marker -1 first: the relation's sum is known, so every listed cell is a part. */
  private static int[] prependNone(int[] parts) {
    int[] e = new int[parts.length + 1];
    e[0] = -1;
    System.arraycopy(parts, 0, e, 1, parts.length);
    return e;
  }

  private static int firstCell(int[] e) {
    return e[0] >= 0 ? e[0] : e[1];
  }

  /** Columns keyed by (height, cell): cells that are no sum come first, then sums of them, and so on up. */
  private static TreeMap<Long, Long> row(int[] e, int[] height) {
    TreeMap<Long, Long> r = new TreeMap<>();
    for (int i = 0; i < e.length; i++) {
      if (e[i] >= 0) {
        long coefficient = i == 0 ? P - 1 : 1; // the sum's -1, modulo P
        r.merge(((long) height[e[i]] << 32) | e[i], coefficient, (a, b) -> (a + b) % P);
      }
    }
    r.values().removeIf(v -> v == 0);
    return r;
  }

  /** For each cell, 0 when it is the sum of no relation, else one more than its highest part. */
  private static int[] heights(List<Relation> relations, int cells) {
    int[] height = new int[cells];
    boolean changed = true;
    for (int round = 0; changed && round < 64; round++) {
      changed = false;
      for (Relation r : relations) {
        int h = 0;
        for (int p : r.parts()) {
          h = Math.max(h, height[p] + 1);
        }
        if (h > height[r.sum()]) {
          height[r.sum()] = h;
          changed = true;
        }
      }
    }
    return height;
  }

  /** A row echelon basis over the integers modulo P, rows keyed by their pivot column. */
  private static final class Echelon {
    private final TreeMap<Long, TreeMap<Long, Long>> byPivot = new TreeMap<>();

    void add(TreeMap<Long, Long> r) {
      reduce(r, Long.MIN_VALUE);
      if (!r.isEmpty()) {
        long inverse = inverse(r.firstEntry().getValue());
        r.replaceAll((col, v) -> v * inverse % P);
        byPivot.put(r.firstKey(), r);
      }
    }

    /** The columns whose reduced row is their unit vector: the cells the relations fix. */
    List<Long> fixedColumns() {
      for (long p : byPivot.descendingKeySet()) {
        reduce(byPivot.get(p), p); // back-substitution: later pivots are reduced already
      }
      return byPivot.entrySet().stream().filter(e -> e.getValue().size() == 1).map(Map.Entry::getKey).toList();
    }

    /** Eliminates from r every column after {@code after} that is another row's pivot. */
    private void reduce(TreeMap<Long, Long> r, long after) {
      Long c = r.higherKey(after);
      while (c != null) {
        TreeMap<Long, Long> b = byPivot.get(c);
        if (b != null && b != r) {
          long factor = r.get(c);
          for (Map.Entry<Long, Long> t : b.entrySet()) {
            long v = Math.floorMod(r.getOrDefault(t.getKey(), 0L) - factor * t.getValue() % P, P);
            if (v == 0) {
              r.remove(t.getKey());
            } else {
              r.put(t.getKey(), v);
            }
          }
        }
        c = r.higherKey(c);
      }
    }

    private static long inverse(long a) {
      long result = 1;
      long base = a % P;
      for (long e = P - 2; e > 0; e >>= 1) {
        if ((e & 1) == 1) {
          result = result * base % P;
        }
        base = base * base % P;
      }
      return result;
    }
  }

  private static final class UnionFind {
    private final int[] parent;
    private final int[] size;

    UnionFind(int n) {
      parent = new int[n];
      size = new int[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
        size[i] = 1;
      }
    }

    int find(int x) {
      while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
      }
      return x;
    }

    void union(int a, int b) {
      int ra = find(a);
      int rb = find(b);
      if (ra != rb) {
        if (size[ra] < size[rb]) {
          int t = ra;
          ra = rb;
          rb = t;
        }
        parent[rb] = ra;
        size[ra] += size[rb];
      }
    }

    int size(int root) {
      return size[root];
    }
  }
}
