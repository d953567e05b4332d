package id.banyuwangi.kampung.warehouse.internal.disclosure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The audit's independent parts: no relation and no indicator cell joins two of them, so each is
 * suppressed on its own and comes out the same whether audited alone or with the others. A group
 * is one cluster of measures (those that indicators show side by side: a numerator, its
 * denominator, its cell count) over one cluster of periods (those that relations add up: months,
 * their quarters, their year). A batch of one day's kiosk files changes the kiosk measures of one
 * year: the other groups keep their audit, found unchanged by their fingerprint.
 */
final class AuditGroups {
  /**
   * One group: its name (its first measure and first period), its indicator cells (indexes into
   * the build's list, in order) and relations (in order), and a fingerprint of all the audit reads of it.
   */
  record Group(String name, int[] cells, List<Relation> relations, String fingerprint) {}

  /** Part of the fingerprint: a change of the audit's rules must not keep an audit made by the old ones. */
  private static final String RULES = "complementary-suppression/2";

  private AuditGroups() {}

  /** The groups of a build's indicator cells and relations, in name order. */
  static List<Group> of(MeasureGrid grid, List<IndicatorCell> cells, List<Relation> relations, int minCell) {
    Clusters measures = new Clusters();
    for (IndicatorCell c : cells) {
      for (int m : c.measureCells()) {
        measures.union(measureOf(grid, c), grid.key(m).measure());
      }
    }
    Clusters periods = new Clusters();
    for (Relation r : relations) {
      String sum = periodOf(grid.key(r.sum()));
      for (int p : r.parts()) {
        periods.union(sum, periodOf(grid.key(p)));
      }
    }
    Map<String, List<Integer>> cellsOf = new TreeMap<>();
    for (int i = 0; i < cells.size(); i++) {
      IndicatorCell c = cells.get(i);
      cellsOf.computeIfAbsent(name(measures.first(measureOf(grid, c)), periods.first(periodOf(c.grain()))),
          k -> new ArrayList<>()).add(i);
    }
    Map<String, List<Relation>> relationsOf = new HashMap<>();
    for (Relation r : relations) {
      CellKey sum = grid.key(r.sum());
      String group = name(measures.first(sum.measure()), periods.first(periodOf(sum)));
      relationsOf.computeIfAbsent(group, k -> new ArrayList<>()).add(r);
      cellsOf.putIfAbsent(group, new ArrayList<>());
    }
    List<Group> groups = new ArrayList<>();
    cellsOf.forEach((name, ids) -> {
      List<Relation> rs = relationsOf.getOrDefault(name, List.of());
      int[] indexes = ids.stream().mapToInt(Integer::intValue).toArray();
      groups.add(new Group(name, indexes, rs, fingerprint(grid, cells, indexes, rs, minCell)));
    });
    return groups;
  }

  /** The measure an indicator cell's cluster is found by (its first shown measure; its indicator when it shows none). */
  private static String measureOf(MeasureGrid grid, IndicatorCell c) {
    return c.measureCells().length > 0 ? grid.key(c.measureCells()[0]).measure() : "indicator " + c.indicator();
  }

  private static String periodOf(CellKey k) {
    return k.periodKind() + " " + k.period();
  }

  private static String name(String measure, String period) {
    return measure + " @ " + period;
  }

  /** A digest of everything the audit of a group reads: its cells' keys and values, flags, relations and the threshold. */
  private static String fingerprint(MeasureGrid grid, List<IndicatorCell> cells, int[] indexes, List<Relation> relations,
      int minCell) {
    Digest d = new Digest();
    d.add(RULES).add(Integer.toString(minCell));
    for (int i : indexes) {
      IndicatorCell c = cells.get(i);
      d.add(c.indicator()).add(c.domain()).key(c.grain()).add(c.primary() ? "primary" : "-");
      for (int m : c.measureCells()) {
        d.cell(grid, m);
      }
    }
    for (Relation r : relations) {
      d.add("relation").add(r.smallCellMeasure() ? "small" : "-").add(String.join(",", r.districts()));
      for (int c : r.cells()) {
        d.cell(grid, c);
      }
    }
    return d.hex();
  }

  private static final class Digest {
    private final MessageDigest sha;

    Digest() {
      try {
        sha = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("no SHA-256 in this JVM", e);
      }
    }

    Digest add(String s) {
      sha.update(s.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      return this;
    }

    Digest key(CellKey k) {
      return add(k.measure()).add(k.area()).add(k.period()).add(k.periodKind()).add(k.breakdown()).add(k.member());
    }

    /**
     * A cell's key and value; the value to a float's precision, as DuckDB's parallel sums of
     * doubles may differ in their last bits between two builds of the same lake.
     */
    Digest cell(MeasureGrid grid, int id) {
      return key(grid.key(id)).add(Integer.toHexString(Float.floatToIntBits((float) grid.values()[id])));
    }

    String hex() {
      return HexFormat.of().formatHex(sha.digest());
    }
  }

  /** Union-find over names; each cluster is named by its smallest member. */
  private static final class Clusters {
    private final Map<String, String> parent = new HashMap<>();

    void union(String a, String b) {
      String ra = first(a);
      String rb = first(b);
      if (!ra.equals(rb)) {
        if (ra.compareTo(rb) < 0) {
          parent.put(rb, ra);
        } else {
          parent.put(ra, rb);
        }
      }
    }

    /** The smallest name of the cluster holding {@code name} (the name itself when it joined none). */
    String first(String name) {
      String root = name;
      for (String p = parent.get(root); p != null; p = parent.get(root)) {
        root = p;
      }
      for (String n = name; !n.equals(root); ) { // path compression
        String next = parent.get(n);
        parent.put(n, root);
        n = next;
      }
      return root;
    }
  }
}
