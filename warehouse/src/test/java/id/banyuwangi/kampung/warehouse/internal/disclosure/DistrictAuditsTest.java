package id.banyuwangi.kampung.warehouse.internal.disclosure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The audit by district, worked by hand. District "m|A": cell 0 = 1 + 2 + 3 and 4 = 2 + 5, with 1
 * and 2 hidden: 2 is 4 minus 5, and then 1 is 0 minus 2 and 3, so both are fixed; the complements
 * hidden beside them (the smallest shown cells of the fixing relations) leave district A fixing
 * nothing. District "m|B", 6 = 7 + 8 with 7 and 8 hidden, fixes nothing, and no district is audited
 * again while none of its cells changes.
 */
class DistrictAuditsTest {
  private static final double[] VALUE = {20, 3, 4, 13, 9, 5, 10, 4, 6};

  private static List<Relation> relations() {
    return List.of(new Relation(0, new int[] {1, 2, 3}, true, List.of("m|A")),
        new Relation(4, new int[] {2, 5}, true, List.of("m|A")), new Relation(6, new int[] {7, 8}, true, List.of("m|B")));
  }

  @Test
  void aSecretTheRelationsOfOneDistrictFixIsFoundAndProtectedUntilNoneIs() {
    BitSet hidden = hidden(1, 2, 7, 8);
    BitSet large = new BitSet();
    large.set(0, VALUE.length);
    long[] changedAt = new long[VALUE.length];
    long[] now = {0};
    List<int[]> rounds = new ArrayList<>();
    DistrictAudits audits = new DistrictAudits(relations(), VALUE.length, c -> 0);
    DistrictAudits.Protection hideComplements = (fixed, complement) -> {
      rounds.add(fixed.clone());
      boolean hid = false;
      for (int c : complement) {
        if (c >= 0 && !hidden.get(c)) {
          hidden.set(c);
          changedAt[c] = ++now[0];
          hid = true;
        }
      }
      return hid;
    };

    int found = audits.run(VALUE, hidden::get, hidden::get, large, changedAt, () -> now[0], 100, hideComplements);

    assertArrayEquals(new int[] {1, 2}, rounds.get(0), "2 from 4 = 2 + 5, then 1 from 0 = 1 + 2 + 3");
    assertTrue(hidden.get(5), "5, the only shown part of 4 = 2 + 5, is hidden with 2");
    assertArrayEquals(new int[] {}, rounds.get(rounds.size() - 1), "district B fixes nothing");
    assertTrue(found >= 2, found + " fixed");
    int audited = rounds.size();
    audits.run(VALUE, hidden::get, hidden::get, large, changedAt, () -> now[0], 100, hideComplements);
    assertEquals(audited, rounds.size(), "no cell changed: no district audited again");
  }

  @Test
  void aDistrictWithNoCellInALargeComponentIsLeftToTheWholeAudit() {
    BitSet hidden = hidden(1, 2);
    List<int[]> rounds = new ArrayList<>();
    int found = new DistrictAudits(relations(), VALUE.length, c -> 0).run(VALUE, hidden::get, hidden::get, new BitSet(),
        new long[VALUE.length], () -> 0, 100, (fixed, complement) -> rounds.add(fixed));
    assertEquals(0, found);
    assertEquals(List.of(), rounds);
  }

  @Test
  void theComplementIsACellOfTheFixingCombinationAtTheLowestAreaLevel() {
    // 0 = 1 + 2 + 3 with only 1 hidden: 1 is fixed; 2 (4) is the smallest shown part, but 3 (13) is
    // the only cell of the lowest area level (a village's, where the others are a kecamatan's)
    BitSet hidden = hidden(1);
    BitSet large = new BitSet();
    large.set(0, VALUE.length);
    List<int[]> complements = new ArrayList<>();
    new DistrictAudits(List.of(relations().get(0)), VALUE.length, c -> c == 3 ? 0 : 1).run(VALUE, hidden::get,
        hidden::get, large, new long[VALUE.length], () -> 0, 100, (fixed, complement) -> complements.add(complement.clone()));
    assertArrayEquals(new int[] {3}, complements.get(0));
  }

  private static BitSet hidden(int... cells) {
    BitSet hidden = new BitSet();
    for (int c : cells) {
      hidden.set(c);
    }
    return hidden;
  }
}
