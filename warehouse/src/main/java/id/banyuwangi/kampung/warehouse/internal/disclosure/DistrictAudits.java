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
 * breakdowns and periods, and the villages to the kecamatan). A reader may combine any subset of
 * the published relations, so a secret one such district fixes is recomputable and gets a cell
 * hidden beside it; one that no district fixes may still be fixed by relations of several districts
 * together, which this does not prove.
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

  DistrictAudits(List<Relation> relations, int cells) {
    Map<String, List<Relation>> byDistrict = new TreeMap<>();
    for (Relation r : relations) {
      if (r.district() != null) {
        byDistrict.computeIfAbsent(r.district(), d -> new ArrayList<>()).add(r);
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
   * again after its fixed secrets are protected, until it fixes none. How many secrets were fixed.
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
        LinearAudit.Result result = d.getValue().run(value, unknown, secret, maxUnknowns);
        found += result.fixed().length;
        if (!protection.protect(result.fixed(), result.complement())) {
          break;
        }
      }
    }
    return found;
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
