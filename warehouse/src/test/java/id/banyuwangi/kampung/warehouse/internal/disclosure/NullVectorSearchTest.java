package id.banyuwangi.kampung.warehouse.internal.disclosure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked certificates on a 3 x 3 table with its row, column and grand totals (cells 0-8 by
 * row, row totals 9-11, column totals 12-14, the grand total 15).
 */
class NullVectorSearchTest {
  private static final List<Relation> RELATIONS = table();

  @Test
  void fourHiddenCornersOfARectangleProveEachOther() {
    // hidden: 0, 1, 3, 4 (the top-left 2 x 2): +1 -1 / -1 +1 moves no total
    int[] support = search().find(0, Set.of(0, 1, 3, 4)::contains);
    assertArrayEquals(new int[] {0, 1, 3, 4}, sorted(support));
  }

  @Test
  void aHiddenCellAndItsRowTotalAloneAreFixedByTheColumnTotal() {
    // cell 0 and row total 9 hidden: column 0's total gives cell 0, so no vector exists
    assertNull(search().find(0, Set.of(0, 9)::contains));
  }

  @Test
  void aCellHiddenWithItsTotalsAllTheWayUpIsProvedThroughThem() {
    // cell 0, its row total 9, its column total 12 and the grand total 15: +1 on all four balances
    // row 0, column 0, the totals' row and the totals' column
    assertArrayEquals(new int[] {0, 9, 12, 15}, sorted(search().find(0, Set.of(0, 9, 12, 15)::contains)));
  }

  private static NullVectorSearch search() {
    return new NullVectorSearch(RELATIONS, relationsOfCell(), 16);
  }

  private static List<Relation> table() {
    List<Relation> relations = new ArrayList<>();
    for (int r = 0; r < 3; r++) {
      relations.add(new Relation(9 + r, new int[] {3 * r, 3 * r + 1, 3 * r + 2}, true));
    }
    for (int c = 0; c < 3; c++) {
      relations.add(new Relation(12 + c, new int[] {c, 3 + c, 6 + c}, true));
    }
    relations.add(new Relation(15, new int[] {9, 10, 11}, true));
    relations.add(new Relation(15, new int[] {12, 13, 14}, true));
    return relations;
  }

  private static int[][] relationsOfCell() {
    List<List<Integer>> of = new ArrayList<>();
    for (int c = 0; c < 16; c++) {
      of.add(new ArrayList<>());
    }
    for (int r = 0; r < RELATIONS.size(); r++) {
      for (int c : RELATIONS.get(r).cells()) {
        of.get(c).add(r);
      }
    }
    return of.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
  }

  private static int[] sorted(int[] cells) {
    int[] copy = cells.clone();
    Arrays.sort(copy);
    return copy;
  }
}
