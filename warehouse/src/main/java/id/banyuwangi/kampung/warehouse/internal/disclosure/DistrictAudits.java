package id.banyuwangi.kampung.warehouse.internal.disclosure;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntPredicate;

/**
 * The exact audit where a component of unknowns is too large to eliminate whole: the same
 * elimination on the relations of one measure inside one kecamatan (its villages' and its own
 * breakdowns and periods, and the villages to the kecamatan), and on those of one measure above the
 * villages (the kecamatan to the regency, and their breakdowns and periods). A reader may combine
 * any subset of the published relations, so a secret one such district fixes is recomputable and
 * gets a cell hidden beside it; one that no district fixes may still be fixed by relations of
 * several districts together, which this does not prove.
 * A district is audited again only when one of its cells changed since its last audit.
 */
final class DistrictAudits {
  /** What is done with the secrets a district fixes: cells hidden beside them; whether any was. */
  interface Protection {
    boolean protect(int[] fixed, int[] complement);
  }

  private final Map<String, LinearAudit> audits = new TreeMap<>(); // in name order: deterministic
  private final Map<String, int[]> cellsOf = new HashMap<>();
  private final Map<String, Long> auditedAt = new HashMap<>();
  /** Each district's unknown cells in components too large for its last audit. */
  private final Map<String, Integer> notAudited = new HashMap<>();

  /** A cell's area level: complements are taken as low as the combination allows (a village before a kecamatan). */
  private final java.util.function.IntUnaryOperator areaLevel;

  /** @param areaLevel a cell's area level (0 for a village, more for each level above) */
  DistrictAudits(List<Relation> relations, int cells, java.util.function.IntUnaryOperator areaLevel) {
    this.areaLevel = areaLevel;
    Map<String, List<Relation>> byDistrict = new TreeMap<>();
    for (Relation r : relations) {
      for (String d : r.districts()) {
        byDistrict.computeIfAbsent(d, k -> new ArrayList<>()).add(r);
      }
    }
    byDistrict.forEach((district, rs) -> {
      audits.put(district, new LinearAudit(rs, cells));
      cellsOf.put(district, rs.stream().flatMapToInt(r -> java.util.Arrays.stream(r.cells())).distinct().toArray());
    });
  }

  /**
   * Audits every district holding a cell of {@code large} (the components too large for the whole
   * audit) and a cell changed after its last audit ({@code changedAt} against {@code now()}), each
   * again after its fixed secrets are protected, until it fixes none; each complement is a known
   * cell of the combination that fixes the secret, of the lowest area level it has, parts before
   * sums (the protection must hide a cell of the district, or the district stays as it was). How
   * many secrets were fixed.
   */
  int run(double[] value, IntPredicate unknown, IntPredicate secret, BitSet large, long[] changedAt,
      java.util.function.LongSupplier now, int maxUnknowns, Protection protection) {
    int found = 0;
    for (Map.Entry<String, LinearAudit> d : audits.entrySet()) {
      int[] held = cellsOf.get(d.getKey());
      boolean touchesLarge = false;
      for (int c : held) {
        touchesLarge |= large.get(c);
      }
      while (touchesLarge && changedSince(held, changedAt, auditedAt.getOrDefault(d.getKey(), -1L))) {
        auditedAt.put(d.getKey(), now.getAsLong());
        LinearAudit.Result result = d.getValue().run(value, unknown, secret, maxUnknowns, areaLevel);
        found += result.fixed().length;
        notAudited.put(d.getKey(), result.notAudited().cardinality());
        if (!protection.protect(result.fixed(), result.complement())) {
          break;
        }
      }
    }
    return found;
  }

  /** The unknown cells that no district audit could eliminate (in components too large even there); 0 is the goal. */
  int unknownsNotAudited() {
    return notAudited.values().stream().mapToInt(Integer::intValue).sum();
  }

  private static boolean changedSince(int[] cells, long[] changedAt, long last) {
    for (int c : cells) {
      if (changedAt[c] > last) {
        return true;
      }
    }
    return false;
  }
}
