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
    return run(value, unknown, secret, maxUnknowns, c -> 0);
  }

  /**
   * As {@link #run(double[], IntPredicate, IntPredicate, int)}, with each complement the known cell
   * of the combination of lowest {@code rank} (an area level: a village before a kecamatan before
   * the regency), then parts before sums, then the smallest.
   */
  Result run(double[] value, IntPredicate unknown, IntPredicate secret, int maxUnknowns,
      java.util.function.IntUnaryOperator rank) {
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
      Columns columns = new Columns(equations, unknown, height);
      fixed.addAll(eliminate(equations, columns, value, unknown, secret, rank));
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

  /** The secrets a component's equations fix, each with its complement ({cell, complement}). */
  private static List<int[]> eliminate(List<Relation> equations, Columns columns, double[] value, IntPredicate unknown,
      IntPredicate secret, java.util.function.IntUnaryOperator rank) {
    Echelon basis = new Echelon(columns.size());
    for (int i = 0; i < equations.size(); i++) {
      basis.add(columns.row(equations.get(i), unknown), i);
    }
    List<int[]> fixed = new ArrayList<>();
    basis.fixedColumns(column -> secret.test(columns.cell(column))).forEach((column, used) ->
        fixed.add(new int[] {columns.cell(column), smallestKnown(used, equations, unknown, value, rank)}));
    return fixed;
  }

  /** The known cell of the equations used of lowest rank, then parts before sums, then the smallest; or -1. */
  private static int smallestKnown(java.util.BitSet used, List<Relation> equations, IntPredicate unknown, double[] value,
      java.util.function.IntUnaryOperator rank) {
    int best = -1;
    long bestOrder = Long.MAX_VALUE;
    for (int i = used.nextSetBit(0); i >= 0; i = used.nextSetBit(i + 1)) {
      int[] cells = equations.get(i).cells();
      for (int j = 0; j < cells.length; j++) {
        int c = cells[j];
        long order = 2L * rank.applyAsInt(c) + (j == 0 ? 1 : 0); // the sum is cells[0]
        if (!unknown.test(c) && (order < bestOrder || (order == bestOrder && value[c] < value[best]))) {
          best = c;
          bestOrder = order;
        }
      }
    }
    return best;
  }

  /**
   * A component's unknown cells as columns 0..n-1 in elimination order, by (height, cell): cells
   * that are no sum come first, then sums of them, and so on up (little fill).
   */
  private static final class Columns {
    private final int[] cellOf;
    private final Map<Integer, Integer> columnOf = new java.util.HashMap<>();

    Columns(List<Relation> equations, IntPredicate unknown, int[] height) {
      cellOf = equations.stream().flatMapToInt(r -> Arrays.stream(r.cells())).filter(unknown).distinct()
          .boxed().sorted(java.util.Comparator.<Integer>comparingInt(c -> height[c]).thenComparingInt(c -> c))
          .mapToInt(Integer::intValue).toArray();
      for (int i = 0; i < cellOf.length; i++) {
        columnOf.put(cellOf[i], i);
      }
    }

    int size() {
      return cellOf.length;
    }

    int cell(int column) {
      return cellOf[column];
    }

    /** A relation over its unknown cells' columns: +1 a part, -1 (P - 1) the sum. */
    Row row(Relation r, IntPredicate unknown) {
      TreeMap<Integer, Long> row = new TreeMap<>();
      int[] cells = r.cells();
      for (int i = 0; i < cells.length; i++) {
        if (unknown.test(cells[i])) {
          row.merge(columnOf.get(cells[i]), i == 0 ? P - 1 : 1L, (a, b) -> (a + b) % P);
        }
      }
      row.values().removeIf(v -> v == 0);
      return new Row(row.keySet().stream().mapToInt(Integer::intValue).toArray(),
          row.values().stream().mapToLong(Long::longValue).toArray());
    }
  }

  /** A sparse row: ascending columns and their coefficients modulo P. */
  private record Row(int[] cols, long[] vals) {}

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

  /**
   * A row echelon basis over the integers modulo P, one row per pivot column. A row is reduced in
   * a dense accumulator swept left to right: a pivot row only adds columns right of its pivot.
   */
  private static final class Echelon {
    private final int[][] cols;
    private final long[][] vals;
    /** For each pivot's row, the equations it was combined from. */
    private final java.util.BitSet[] history;
    private final long[] acc;

    Echelon(int columns) {
      cols = new int[columns][];
      vals = new long[columns][];
      history = new java.util.BitSet[columns];
      acc = new long[columns];
    }

    void add(Row row, int equation) {
      if (row.cols().length == 0) {
        return;
      }
      java.util.BitSet used = new java.util.BitSet();
      used.set(equation);
      int last = 0;
      for (int i = 0; i < row.cols().length; i++) {
        acc[row.cols()[i]] = row.vals()[i];
        last = row.cols()[i];
      }
      int first = row.cols()[0];
      last = sweep(first, last, used);
      int pivot = first;
      while (pivot <= last && acc[pivot] == 0) {
        pivot++;
      }
      if (pivot > last) {
        return; // dependent on the rows before
      }
      long inverse = inverse(acc[pivot]);
      for (int c = pivot; c <= last; c++) {
        acc[c] = acc[c] * inverse % P;
      }
      store(pivot, pivot, last, used);
    }

    /**
     * The columns of {@code wanted} that the relations fix (their unit vector lies in the row
     * space), with the equations used. One null-space vector, with random free values, is zero on
     * every fixed column and on any other only by chance (1 in P): so only the wanted columns where
     * it is zero are reduced (a row of the echelon swept by the rows after it), and each is fixed
     * exactly when its reduced row is its unit vector. A full back-substitution would reduce every row.
     */
    Map<Integer, java.util.BitSet> fixedColumns(IntPredicate wanted) {
      long[] x = new long[cols.length];
      java.util.SplittableRandom random = new java.util.SplittableRandom(cols.length); // deterministic
      for (int p = cols.length - 1; p >= 0; p--) {
        if (cols[p] == null) {
          x[p] = 1 + random.nextLong(P - 1); // a free column
          continue;
        }
        long sum = 0; // the pivot's coefficient is 1: x[p] = -(the rest of the row times x)
        for (int i = 1; i < cols[p].length; i++) {
          sum = (sum + vals[p][i] * x[cols[p][i]]) % P;
        }
        x[p] = sum == 0 ? 0 : P - sum;
      }
      Map<Integer, java.util.BitSet> fixed = new TreeMap<>();
      for (int p = 0; p < cols.length; p++) {
        if (cols[p] != null && x[p] == 0 && wanted.test(p)) {
          java.util.BitSet used = (java.util.BitSet) history[p].clone();
          int last = 0;
          for (int i = 0; i < cols[p].length; i++) {
            acc[cols[p][i]] = vals[p][i];
            last = cols[p][i];
          }
          last = sweep(p + 1, last, used);
          if (clear(p + 1, last) == 0) {
            fixed.put(p, used);
          }
          acc[p] = 0;
        }
      }
      return fixed;
    }

    /** Clears the accumulator's columns {@code from..last}; how many were not zero. */
    private int clear(int from, int last) {
      int n = 0;
      for (int c = from; c <= last; c++) {
        if (acc[c] != 0) {
          n++;
          acc[c] = 0;
        }
      }
      return n;
    }

    /** Eliminates, from column {@code from} to the row's end, every pivot the accumulator holds; the row's new end. */
    private int sweep(int from, int last, java.util.BitSet used) {
      for (int c = from; c <= last; c++) {
        if (acc[c] != 0 && cols[c] != null) {
          long factor = acc[c];
          int[] pc = cols[c];
          long[] pv = vals[c];
          for (int i = 0; i < pc.length; i++) {
            long v = acc[pc[i]] - factor * pv[i] % P; // both terms in [0, P): no division needed to bring it back
            acc[pc[i]] = v < 0 ? v + P : v;
          }
          last = Math.max(last, pc[pc.length - 1]);
          used.or(history[c]);
        }
      }
      return last;
    }

    /** Moves the accumulator's columns {@code from..last} into the row of {@code pivot}, clearing it. */
    private void store(int pivot, int from, int last, java.util.BitSet used) {
      int n = 0;
      for (int c = from; c <= last; c++) {
        n += acc[c] != 0 ? 1 : 0;
      }
      int[] rc = new int[n];
      long[] rv = new long[n];
      int k = 0;
      for (int c = from; c <= last; c++) {
        if (acc[c] != 0) {
          rc[k] = c;
          rv[k++] = acc[c];
          acc[c] = 0;
        }
      }
      cols[pivot] = rc;
      vals[pivot] = rv;
      history[pivot] = used;
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
