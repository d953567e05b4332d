package id.banyuwangi.kampung.warehouse.internal.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
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

  /**
   * The fixed secret cells; for each, the smallest shown cell of the relations that fix it (hiding
   * it takes a known term out of that combination), or -1; and the unknown cells of the components
   * too large to audit.
   */
  record Result(int[] fixed, int[] complement, java.util.BitSet notAudited) {}

  private final List<Relation> relations;
  /** Each cell's column order, fixed by the relations alone: computed once, used by every audit round. */
  private final int[] height;

  LinearAudit(List<Relation> relations, int cells) {
    this.relations = relations;
    this.height = heights(relations, cells);
  }

  Result run(double[] value, IntPredicate unknown, IntPredicate secret, int maxUnknowns) {
    UnionFind components = new UnionFind(value.length);
    Map<Relation, int[]> unknownsOf = new java.util.IdentityHashMap<>();
    for (Relation r : relations) {
      int[] u = Arrays.stream(r.cells()).filter(unknown).toArray();
      if (u.length > 0) {
        unknownsOf.put(r, u);
        for (int c : u) {
          components.union(u[0], c);
        }
      }
    }
    Map<Integer, List<Relation>> byComponent = new java.util.TreeMap<>();
    for (Relation r : relations) { // in input order, so the result is deterministic
      if (unknownsOf.containsKey(r)) {
        byComponent.computeIfAbsent(components.find(unknownsOf.get(r)[0]), k -> new ArrayList<>()).add(r);
      }
    }
    List<int[]> fixed = new ArrayList<>(); // {cell, complement}
    java.util.BitSet tooLarge = new java.util.BitSet();
    for (Map.Entry<Integer, List<Relation>> c : byComponent.entrySet()) {
      int size = components.size(c.getKey());
      if (size > maxUnknowns) {
        tooLarge.set(c.getKey());
        continue;
      }
      List<Relation> equations = c.getValue();
      Echelon basis = new Echelon();
      for (int i = 0; i < equations.size(); i++) {
        basis.add(row(equations.get(i), unknown, height), i);
      }
      for (Map.Entry<Long, java.util.BitSet> f : basis.fixedColumns().entrySet()) {
        int cell = (int) (f.getKey() & 0xffffffffL);
        if (secret.test(cell)) {
          fixed.add(new int[] {cell, smallestKnown(f.getValue(), equations, unknown, value)});
        }
      }
    }
    fixed.sort(java.util.Comparator.comparingInt(f -> f[0]));
    java.util.BitSet notAudited = new java.util.BitSet();
    if (!tooLarge.isEmpty()) {
      for (int c = 0; c < value.length; c++) {
        if (unknown.test(c) && tooLarge.get(components.find(c))) {
          notAudited.set(c);
        }
      }
    }
    return new Result(fixed.stream().mapToInt(f -> f[0]).toArray(), fixed.stream().mapToInt(f -> f[1]).toArray(),
        notAudited);
  }

  /** The smallest known cell of the equations used (parts before sums), or -1. */
  private static int smallestKnown(java.util.BitSet used, List<Relation> equations, IntPredicate unknown, double[] value) {
    int best = -1;
    for (int i = used.nextSetBit(0); i >= 0; i = used.nextSetBit(i + 1)) {
      for (int p : equations.get(i).parts()) {
        if (!unknown.test(p) && (best < 0 || value[p] < value[best])) {
          best = p;
        }
      }
    }
    if (best < 0) {
      for (int i = used.nextSetBit(0); i >= 0; i = used.nextSetBit(i + 1)) {
        int sum = equations.get(i).sum();
        if (!unknown.test(sum) && (best < 0 || value[sum] < value[best])) {
          best = sum;
        }
      }
    }
    return best;
  }

  /** Columns keyed by (height, cell): cells that are no sum come first, then sums of them, and so on up. */
  private static TreeMap<Long, Long> row(Relation r, IntPredicate unknown, int[] height) {
    TreeMap<Long, Long> row = new TreeMap<>();
    int[] cells = r.cells();
    for (int i = 0; i < cells.length; i++) {
      if (unknown.test(cells[i])) {
        long coefficient = i == 0 ? P - 1 : 1; // the sum's -1, modulo P
        row.merge(((long) height[cells[i]] << 32) | cells[i], coefficient, (a, b) -> (a + b) % P);
      }
    }
    row.values().removeIf(v -> v == 0);
    return row;
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
    /** For each row, the equations it was combined from. */
    private final Map<TreeMap<Long, Long>, java.util.BitSet> history = new java.util.IdentityHashMap<>();

    void add(TreeMap<Long, Long> r, int equation) {
      java.util.BitSet used = new java.util.BitSet();
      used.set(equation);
      history.put(r, used);
      reduce(r, Long.MIN_VALUE);
      if (!r.isEmpty()) {
        long inverse = inverse(r.firstEntry().getValue());
        r.replaceAll((col, v) -> v * inverse % P);
        byPivot.put(r.firstKey(), r);
      }
    }

    /** The columns whose reduced row is their unit vector (the cells the relations fix), with the equations used. */
    Map<Long, java.util.BitSet> fixedColumns() {
      for (long p : byPivot.descendingKeySet()) {
        reduce(byPivot.get(p), p); // back-substitution: later pivots are reduced already
      }
      Map<Long, java.util.BitSet> fixed = new java.util.TreeMap<>();
      byPivot.forEach((p, r) -> {
        if (r.size() == 1) {
          fixed.put(p, history.get(r));
        }
      });
      return fixed;
    }

    /** Eliminates from r every column after {@code after} that is another row's pivot. */
    private void reduce(TreeMap<Long, Long> r, long after) {
      Long c = r.higherKey(after);
      while (c != null) {
        TreeMap<Long, Long> b = byPivot.get(c);
        if (b != null && b != r) {
          history.get(r).or(history.get(b));
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
