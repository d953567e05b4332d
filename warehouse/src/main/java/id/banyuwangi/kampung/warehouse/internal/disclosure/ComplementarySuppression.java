package id.banyuwangi.kampung.warehouse.internal.disclosure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Chooses the cells to hide so that subtraction cannot undo a suppression, as statistics offices do
 * it (the threshold rule plus secondary cell suppression, in the manner of tau-argus and sdcTable's
 * hypercube method, deterministic):
 *
 * <ol>
 *   <li>primary: every indicator cell below the small-cell threshold is hidden, and with it every
 *       measure cell it shows (its numerator, denominator and cell count describe a small
 *       population); a measure cell hidden under one indicator is hidden under every indicator that
 *       shows it (a count is decided once, per measure), which hides those cells too, while their
 *       other measures stay shown wherever a published cell still shows them;
 *   <li>secondary: in every additive relation that holds a hidden cell, the cells not shown (hidden
 *       or never published) must be at least two, and, for a measure that decides small cells, the
 *       hidden parts must add up to at least the threshold; otherwise the smallest shown part (then
 *       the sum) is hidden too, with everything it brings along, until no relation needs more.
 * </ol>
 *
 * Then {@link LinearAudit} looks for a secret that a longer combination of relations fixes; for
 * each, the smallest shown cell of that combination is hidden, and the rules run again, until the audit finds none.
 * Components too large for it are audited district by district ({@link DistrictAudits}), the same way.
 * Hiding only grows, so the loop ends; the input order fixes the result, so a build is
 * deterministic. An attacker who solves any chain of these relations one unknown at a time learns
 * no hidden cell, and the hidden parts of a relation never add up to fewer than the threshold.
 */
final class ComplementarySuppression {
  enum Status { PUBLISHED, PRIMARY, SECONDARY }

  private final double[] value;
  /** How many published indicator cells show each measure cell: 0 means a reader does not know it. */
  private final int[] shownBy;
  /** Shown by some cell at first: once no published cell shows it, it is a field of a hidden cell. */
  private final boolean[] public0;
  private final List<IndicatorCell> indicatorCells;
  private final List<Relation> relations;
  private final int minCell;
  private final int[][] indicatorsOfCell;
  private final int[][] relationsOfCell;

  private final boolean[] hiddenCell;
  private final Status[] status;
  /** Components of more unknown cells are not audited exactly (their elimination would not end in a build's time). */
  private static final int MAX_AUDITED = 4_000;
  /** A district's components are smaller and sparser (one measure, one kecamatan or the tier above the villages). */
  private static final int MAX_AUDITED_IN_DISTRICT = 40_000;

  private final ArrayDeque<Integer> work = new ArrayDeque<>();
  private int unknownsNotAudited;
  private int fixedInDistricts;
  /** The audits of the components too large for the whole one, district by district. */
  private final DistrictAudits districts;
  /** When each cell last became unknown (a count of changes), so that unchanged districts are not audited again. */
  private final long[] changedAt;
  private long changes;
  private final boolean[] queued;

  /**
   * @param value every measure cell's value, by id
   * @param indicatorCells the published indicator cells
   * @param relations the additive relations over the measure cells
   * @param areaLevel a measure cell's area level (0 for a village), for the district audits' complements
   */
  ComplementarySuppression(double[] value, List<IndicatorCell> indicatorCells, List<Relation> relations, int minCell,
      java.util.function.IntUnaryOperator areaLevel) {
    this.value = value;
    this.indicatorCells = indicatorCells;
    this.relations = relations;
    this.minCell = minCell;
    this.shownBy = new int[value.length];
    this.indicatorsOfCell = invert(value.length, indicatorCells.size(), i -> indicatorCells.get(i).measureCells());
    this.relationsOfCell = invert(value.length, relations.size(), r -> relations.get(r).cells());
    for (IndicatorCell c : indicatorCells) {
      for (int m : c.measureCells()) {
        shownBy[m]++;
      }
    }
    this.public0 = new boolean[value.length];
    for (int m = 0; m < value.length; m++) {
      public0[m] = shownBy[m] > 0;
    }
    this.hiddenCell = new boolean[value.length];
    this.status = new Status[indicatorCells.size()];
    Arrays.fill(status, Status.PUBLISHED);
    this.queued = new boolean[relations.size()];
    this.districts = new DistrictAudits(relations, value.length, areaLevel);
    this.changedAt = new long[value.length];
  }

  /** The status of every indicator cell, in input order. */
  Status[] run() {
    for (int i = 0; i < indicatorCells.size(); i++) {
      if (indicatorCells.get(i).primary()) {
        status[i] = Status.PRIMARY;
        withdraw(i);
        for (int m : indicatorCells.get(i).measureCells()) {
          hide(m);
        }
      }
    }
    LinearAudit linear = new LinearAudit(relations, value.length);
    boolean more = true;
    while (more) {
      applyLocalRules();
      LinearAudit.Result audit = linear.run(value, c -> !known(c), this::secret, MAX_AUDITED);
      unknownsNotAudited = audit.notAudited().cardinality();
      more = protect(audit.fixed(), audit.complement());
      if (!more && !audit.notAudited().isEmpty()) { // the small components are safe: now the large ones, by district
        long before = changes;
        fixedInDistricts += districts.run(value, c -> !known(c), this::secret, audit.notAudited(), changedAt,
            () -> changes, MAX_AUDITED_IN_DISTRICT, this::protectInDistrict);
        more = changes > before;
      }
    }
    return status.clone();
  }

  /** The unknown cells of the components too large for the last audit (0: every component audited). */
  int unknownsNotAudited() {
    return unknownsNotAudited;
  }

  /** The unknown cells of those components that no district audit eliminated either. */
  int unknownsNotAuditedInDistricts() {
    return districts.unknownsNotAudited();
  }

  /** The secrets of those components that the relations of one district fixed (each then protected). */
  int fixedInDistricts() {
    return fixedInDistricts;
  }

  /** Hides, for each fixed secret, its complement (else its nearest shown cell). Whether any was hidden. */
  private boolean protect(int[] fixed, int[] complements) {
    boolean hid = false;
    for (int i = 0; i < fixed.length; i++) {
      int complement = complements[i] >= 0 && known(complements[i]) ? complements[i] : nearestShownCell(fixed[i]);
      if (complement >= 0) {
        hide(complement);
        hid = true;
      }
    }
    return hid;
  }

  /**
   * A district's fixed secrets get the complement its audit chose (a cell of the combination that
   * fixes them: hiding a known term breaks it), else their nearest shown cell; then the local rules run.
   */
  private boolean protectInDistrict(int[] fixed, int[] complement) {
    boolean hid = protect(fixed, complement);
    applyLocalRules();
    return hid;
  }

  private void applyLocalRules() {
    while (!work.isEmpty()) {
      int r = work.poll();
      queued[r] = false;
      int complement = complementNeeded(relations.get(r));
      if (complement >= 0) {
        hide(complement);
        enqueue(r);
      }
    }
  }

  /**
   * For a secret the audit found fixed: the smallest shown cell of its relations, else of the
   * relations one step further (through their unknown cells), and so on; -1 when none is shown.
   */
  private int nearestShownCell(int fixed) {
    java.util.BitSet seen = new java.util.BitSet(value.length);
    List<Integer> level = List.of(fixed);
    seen.set(fixed);
    while (!level.isEmpty()) {
      int best = -1;
      List<Integer> next = new ArrayList<>();
      for (int cell : level) {
        for (int r : relationsOfCell[cell]) {
          int candidate = smallestShownPart(relations.get(r));
          if (candidate >= 0 && (best < 0 || value[candidate] < value[best])) {
            best = candidate;
          }
          for (int c : relations.get(r).cells()) {
            if (!known(c) && !seen.get(c)) {
              seen.set(c);
              next.add(c);
            }
          }
        }
      }
      if (best >= 0) {
        return best;
      }
      level = next;
    }
    return -1;
  }

  /** Hidden, or a field of hidden cells that no published cell shows any more. */
  private boolean secret(int c) {
    return hiddenCell[c] || (public0[c] && shownBy[c] == 0);
  }

  /**
   * Hides a measure cell and every indicator cell that shows it; those cells' other measures are no
   * longer shown by them (a reader may still know them from another published cell).
   */
  private void hide(int cell) {
    if (hiddenCell[cell]) {
      return;
    }
    hiddenCell[cell] = true;
    changedAt[cell] = ++changes;
    enqueueRelationsOf(cell);
    for (int i : indicatorsOfCell[cell]) {
      if (status[i] == Status.PUBLISHED) {
        status[i] = Status.SECONDARY;
        withdraw(i);
      }
    }
  }

  /** An indicator cell is hidden: it no longer shows its measure cells. */
  private void withdraw(int indicatorCell) {
    for (int m : indicatorCells.get(indicatorCell).measureCells()) {
      if (--shownBy[m] == 0) {
        changedAt[m] = ++changes;
        enqueueRelationsOf(m); // one more unknown in its relations: they may need looking at again
      }
    }
  }

  private void enqueueRelationsOf(int cell) {
    for (int r : relationsOfCell[cell]) {
      enqueue(r);
    }
  }

  private boolean known(int cell) {
    return !hiddenCell[cell] && shownBy[cell] > 0;
  }

  /** The next cell a relation needs hidden, or -1 when it is safe as it is. */
  private int complementNeeded(Relation r) {
    int[] cells = r.cells();
    int unknown = 0;
    boolean secret = false;
    double hiddenParts = 0;
    for (int c : cells) {
      if (!known(c)) {
        unknown++;
        if (c != r.sum()) {
          hiddenParts += value[c];
        }
      }
      secret |= secret(c);
    }
    if (!secret) {
      return -1;
    }
    boolean sumHidden = !known(r.sum());
    boolean tooFew = unknown == 1;
    // the hidden parts of a shown sum are known to add up to the difference: it must not be a small cell
    boolean tooSmall = r.smallCellMeasure() && !sumHidden && unknown >= 1 && hiddenParts < minCell;
    if (!tooFew && !tooSmall) {
      return -1;
    }
    return smallestShownPart(r);
  }

  /** The shown, not yet hidden part with the smallest value (the first on ties); else the sum; else -1. */
  private int smallestShownPart(Relation r) {
    int best = -1;
    for (int p : r.parts()) {
      if (known(p) && (best < 0 || value[p] < value[best])) {
        best = p;
      }
    }
    if (best < 0 && known(r.sum())) {
      best = r.sum();
    }
    return best;
  }

  private void enqueue(int r) {
    if (!queued[r]) {
      queued[r] = true;
      work.add(r);
    }
  }

  private static final int[] NONE = new int[0];

  /** For every cell id, the items (indicator cells or relations) that hold it. */
  private static int[][] invert(int cells, int items, java.util.function.IntFunction<int[]> cellsOf) {
    int[] counts = new int[cells];
    for (int i = 0; i < items; i++) {
      for (int c : cellsOf.apply(i)) {
        counts[c]++;
      }
    }
    int[][] of = new int[cells][];
    for (int c = 0; c < cells; c++) {
      of[c] = counts[c] == 0 ? NONE : new int[counts[c]]; // a group holds few of the build's cells
    }
    int[] fill = new int[cells];
    for (int i = 0; i < items; i++) {
      for (int c : cellsOf.apply(i)) {
        of[c][fill[c]++] = i;
      }
    }
    return of;
  }
}
