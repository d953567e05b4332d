package id.banyuwangi.kampung.warehouse.internal.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.IntPredicate;

/**
 * The proof that a secret cell is not fixed, for components too large to eliminate: a vector over
 * the unknown cells, nonzero at the secret, that every relation sums to zero. Adding any multiple of
 * it to the unknown cells changes no published cell, so no combination of relations gives the
 * secret (the hypercube argument of tau-argus, searched for rather than enumerated). Depth first:
 * start at the secret and, while a relation is out of balance, set one more unknown cell of it,
 * first the cell that balances the most relations at once (so the search closes rectangles and
 * cubes), within a budget of steps. One vector proves every cell it touches.
 */
final class NullVectorSearch {
  private static final int MAX_SUPPORT = 128;
  private static final int MAX_STEPS = 4_000;
  private static final int BRANCHES = 3;

  private final List<Relation> relations;
  private final int[][] relationsOfCell;
  /** The vector being built, by cell (0 outside its support). */
  private final long[] coefficient;
  /** Per relation: its parts' coefficients minus its sum's. */
  private final long[] residual;
  private final TreeSet<Integer> unbalanced = new TreeSet<>();
  private final List<Integer> support = new ArrayList<>();
  private IntPredicate unknown;
  private int steps;

  NullVectorSearch(List<Relation> relations, int[][] relationsOfCell, int cells) {
    this.relations = relations;
    this.relationsOfCell = relationsOfCell;
    this.coefficient = new long[cells];
    this.residual = new long[relations.size()];
  }

  /** The cells of a vector proving {@code secret} unfixed, or null when the budget found none. */
  int[] find(int secret, IntPredicate unknown) {
    this.unknown = unknown;
    this.steps = 0;
    set(secret, 1);
    int[] found = search() ? support.stream().mapToInt(Integer::intValue).toArray() : null;
    while (!support.isEmpty()) {
      unset(support.get(support.size() - 1));
    }
    return found;
  }

  private boolean search() {
    if (unbalanced.isEmpty()) {
      return true;
    }
    if (support.size() >= MAX_SUPPORT || ++steps > MAX_STEPS) {
      return false;
    }
    int r = mostConstrained();
    List<Integer> candidates = candidates(r);
    long needed = residual[r];
    for (int c : candidates.subList(0, Math.min(BRANCHES, candidates.size()))) {
      set(c, amount(r, c, needed));
      if (search()) {
        return true;
      }
      unset(c);
    }
    return false;
  }

  /** The unbalanced relation with the fewest unknown cells left to set (the first of them on a tie). */
  private int mostConstrained() {
    int best = -1;
    int fewest = Integer.MAX_VALUE;
    for (int r : unbalanced) {
      int free = 0;
      for (int c : relations.get(r).cells()) {
        free += unknown.test(c) && coefficient[c] == 0 ? 1 : 0;
      }
      if (free < fewest) {
        best = r;
        fewest = free;
      }
    }
    return best;
  }

  /** The unset unknown cells of relation {@code r}, those that balance the most relations first. */
  private List<Integer> candidates(int r) {
    List<Integer> free = new ArrayList<>();
    for (int c : relations.get(r).cells()) {
      if (unknown.test(c) && coefficient[c] == 0) {
        free.add(c);
      }
    }
    long needed = residual[r];
    free.sort(Comparator.comparingInt((Integer c) -> -gain(c, amount(r, c, needed))).thenComparingInt(c -> c));
    return free;
  }

  /** What cell {@code c} must take to balance relation {@code r}: a part the residual's negative, the sum the residual. */
  private long amount(int r, int c, long needed) {
    return relations.get(r).sum() == c ? needed : -needed;
  }

  /** Relations balanced minus relations unbalanced by setting {@code c} to {@code x}. */
  private int gain(int c, long x) {
    int gain = 0;
    for (int r : relationsOfCell[c]) {
      long before = residual[r];
      long after = before + sign(r, c) * x;
      gain += (before != 0 && after == 0 ? 1 : 0) - (before == 0 && after != 0 ? 1 : 0);
    }
    return gain;
  }

  private int sign(int r, int c) {
    return relations.get(r).sum() == c ? -1 : 1;
  }

  private void set(int c, long x) {
    coefficient[c] = x;
    support.add(c);
    move(c, x);
  }

  private void unset(int c) {
    move(c, -coefficient[c]);
    coefficient[c] = 0;
    support.remove(support.size() - 1);
  }

  private void move(int c, long x) {
    for (int r : relationsOfCell[c]) {
      residual[r] += sign(r, c) * x;
      if (residual[r] == 0) {
        unbalanced.remove(r);
      } else {
        unbalanced.add(r);
      }
    }
  }
}
