package id.banyuwangi.kampung.warehouse;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An attacker who reads only what a published warehouse publishes (public_indicator_cell and the
 * public dimensions: regions, periods, breakdowns, the catalog) and tries to recover hidden cells by
 * subtraction: written independently of the suppression code. Every numerator and denominator
 * field is a value of a named measure (the catalog says which), so fields of different indicators
 * that show the same measure at the same cell are one unknown. Relations: an area is the sum of the
 * areas one level below it, a partition breakdown's members sum to their total, and for measures
 * counted once per date (a request's milestone, a monthly report) months sum to their quarter and
 * quarters to their year. A cell absent from the public table is zero.
 *
 * <p>The attack solves any relation with a single unknown and repeats until nothing changes (so it
 * also chains relations: a cell recovered from one relation opens the next), and combines two
 * relations: the difference of two relations whose unknowns nest is a relation over the rest. It reports every
 * hidden field it recovers, and every relation of a small-cell measure (a cell count) whose hidden
 * parts are known to add up to fewer than {@code minCell}. Last, it eliminates all relations left
 * together ({@link LinearAttack}): a hidden field that any linear combination of them fixes is
 * recovered too; where a component is too large for that, the relations inside each measure and
 * kecamatan are eliminated together.
 */
public final class SubtractionAttack {
  /** What the attack found. */
  public record Findings(int relations, int relationsWithHiddenCells, List<String> recovered, List<String> smallSums,
      int unknownsNotSolvedLinearly, int districtsSolved) {
    public boolean leaks() {
      return !recovered.isEmpty() || !smallSums.isEmpty();
    }
  }

  /**
   * Components of more unknowns are not eliminated whole but by district (counted in the findings).
   * The demo's largest, tens of thousands of unknowns, are eliminated whole in about a minute.
   */
  private static final int MAX_LINEAR_UNKNOWNS = Integer.getInteger("kampung.attack.maxUnknowns", 1_000_000);

  private final Map<String, Double> known = new HashMap<>();
  private final Set<String> hidden = new HashSet<>();
  private final Map<String, List<String>> relationParts = new LinkedHashMap<>();
  private final Map<String, String> relationSum = new HashMap<>();
  private final Set<String> smallCellMeasures = new HashSet<>();
  private final Set<String> reportedPairs = new HashSet<>();
  /** Each area's parent, to place a field in its district (its measure inside one kecamatan). */
  private final Map<String, String> parentArea = new HashMap<>();

  private SubtractionAttack() {}

  public static Findings run(Connection c, int minCell) throws SQLException {
    SubtractionAttack attack = new SubtractionAttack();
    attack.read(c);
    return attack.solve(minCell);
  }

  private void read(Connection c) throws SQLException {
    Map<String, String[]> fields = new HashMap<>(); // indicator -> {numerator measure, denominator measure}
    Map<String, String> boundary = new HashMap<>();
    Map<String, String> parent = parentArea;
    Set<String> partitions = new HashSet<>();
    Map<String, String> periodParent = new HashMap<>();
    try (Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT code, numerator, denominator, cell_count, small_cell_unit, rollup FROM dim_indicator")) {
        while (rs.next()) {
          if (!rs.getString(6).equals("COUNT_BY_BAND")) {
            fields.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
          }
          if (!rs.getString(5).isEmpty()) {
            smallCellMeasures.add(rs.getString(4));
          }
        }
      }
      try (ResultSet rs = s.executeQuery("SELECT measure, boundary, kind FROM dim_measure")) {
        while (rs.next()) {
          boundary.put(rs.getString(1), rs.getString(3).equals("STATISTIC") ? "none" : rs.getString(2));
        }
      }
      try (ResultSet rs = s.executeQuery("SELECT area_code, parent_code FROM dim_region WHERE parent_code IS NOT NULL")) {
        while (rs.next()) {
          parent.put(rs.getString(1), rs.getString(2));
        }
      }
      try (ResultSet rs = s.executeQuery("SELECT breakdown FROM dim_breakdown WHERE is_partition")) {
        while (rs.next()) {
          partitions.add(rs.getString(1));
        }
      }
      try (ResultSet rs = s.executeQuery("""
          SELECT c.period_kind, c.period, p.period_kind, p.period FROM dim_period c JOIN dim_period p
            ON c.start_date >= p.start_date AND c.end_date <= p.end_date
           AND ((c.period_kind = 'MONTH' AND p.period_kind = 'QUARTER') OR (c.period_kind = 'QUARTER' AND p.period_kind = 'YEAR'))""")) {
        while (rs.next()) {
          periodParent.put(rs.getString(1) + "|" + rs.getString(2), rs.getString(3) + "|" + rs.getString(4));
        }
      }
      Set<String> cells = new HashSet<>();
      try (ResultSet rs = s.executeQuery("""
          SELECT indicator_code, area_code, period_kind, period, breakdown, member, suppressed, numerator, denominator
          FROM public_indicator_cell WHERE category IS NULL""")) {
        while (rs.next()) {
          String[] measures = fields.get(rs.getString(1));
          if (measures == null) {
            continue;
          }
          String grain = rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4) + "|" + rs.getString(5)
              + "|" + rs.getString(6);
          for (int f = 0; f < 2; f++) {
            if (measures[f].isEmpty()) {
              continue;
            }
            String cell = measures[f] + "|" + grain;
            cells.add(cell);
            Object v = rs.getObject(8 + f);
            if (rs.getBoolean(7)) {
              hidden.add(cell);
            } else if (v != null) {
              known.put(cell, ((Number) v).doubleValue());
            }
          }
        }
      }
      hidden.removeAll(known.keySet()); // shown under another indicator: not hidden at all
      for (String cell : cells) {
        String[] k = cell.split("\\|", -1); // measure, area, kind, period, breakdown, member
        String p = parent.get(k[1]);
        if (p != null && !boundary.get(k[0]).equals("none")) {
          relate("area", join(k[0], p, k[2], k[3], k[4], k[5]), cell, cells);
        }
        if (!k[4].equals("total") && partitions.contains(k[4]) && !boundary.get(k[0]).equals("none")) {
          relate("by:" + k[4], join(k[0], k[1], k[2], k[3], "total", ""), cell, cells);
        }
        String pp = periodParent.get(k[2] + "|" + k[3]);
        if (pp != null && List.of("submitted", "completed", "terminal", "report_month").contains(boundary.get(k[0]))) {
          String[] q = pp.split("\\|");
          relate("time", join(k[0], k[1], q[0], q[1], k[4], k[5]), cell, cells);
        }
      }
    }
  }

  private void relate(String kind, String sum, String part, Set<String> cells) {
    if (!cells.contains(sum)) {
      return;
    }
    String key = kind + "#" + sum;
    relationSum.put(key, sum);
    relationParts.computeIfAbsent(key, k -> new ArrayList<>()).add(part);
  }

  private Findings solve(int minCell) {
    List<String> recovered = new ArrayList<>();
    int withHidden = 0;
    for (String key : relationParts.keySet()) {
      if (hidden.contains(relationSum.get(key)) || relationParts.get(key).stream().anyMatch(hidden::contains)) {
        withHidden++;
      }
    }
    List<String> smallSums = new ArrayList<>();
    boolean progress = true;
    while (progress) {
      progress = solveSingleUnknowns(recovered) | solvePairs(recovered, smallSums, minCell);
    }
    LinearAttack.Result linear = solveLinearly();
    linear.determined().forEach(f -> recovered.add(f + " from a linear combination of relations"));
    for (Map.Entry<String, List<String>> r : relationParts.entrySet()) {
      String sum = relationSum.get(r.getKey());
      String measure = sum.substring(0, sum.indexOf('|'));
      List<String> unknown = r.getValue().stream().filter(p -> !known.containsKey(p)).toList();
      if (smallCellMeasures.contains(measure) && known.containsKey(sum) && !unknown.isEmpty()
          && unknown.stream().anyMatch(hidden::contains)) {
        double rest = known.get(sum) - r.getValue().stream().filter(known::containsKey).mapToDouble(known::get).sum();
        if (rest < minCell - 1e-9) {
          smallSums.add(r.getKey() + " hides " + unknown.size() + " cells adding up to " + rest);
        }
      }
    }
    return new Findings(relationParts.size(), withHidden, recovered, smallSums, linear.unknownsTooLarge(),
        linear.districtsChecked());
  }

  /** Every relation left with unknowns, eliminated together: which hidden fields any combination fixes. */
  private LinearAttack.Result solveLinearly() {
    List<Map<String, Integer>> equations = new ArrayList<>();
    for (String key : relationParts.keySet()) {
      Map<String, Integer> coefficients = new HashMap<>(equation(key).coefficients());
      coefficients.values().removeIf(k -> k == 0);
      if (!coefficients.isEmpty()) {
        equations.add(coefficients);
      }
    }
    Set<String> secrets = new HashSet<>(hidden);
    secrets.removeAll(known.keySet());
    return LinearAttack.run(equations, secrets, MAX_LINEAR_UNKNOWNS, List.of(this::kecamatanDistrict, this::upperTier));
  }

  /**
   * A field's district, for components too large to eliminate whole: its measure inside the
   * kecamatan of its area (a kecamatan, or a village's parent); null for the regency.
   */
  private String kecamatanDistrict(String field) {
    String[] k = field.split("\\|", 3);
    String up = parentArea.get(k[1]);
    if (up == null) {
      return null; // the regency
    }
    String kecamatan = parentArea.containsKey(up) ? up : k[1];
    return k[0] + "|" + kecamatan;
  }

  /** The other district of a field: its measure's kecamatan and regency cells together (null for a village's). */
  private String upperTier(String field) {
    String[] k = field.split("\\|", 3);
    String up = parentArea.get(k[1]);
    return up != null && parentArea.containsKey(up) ? null : k[0] + "|kecamatan and regency";
  }

  /** Each relation with one unknown field gives it; repeated until nothing changes. Whether any was found. */
  private boolean solveSingleUnknowns(List<String> recovered) {
    boolean any = false;
    boolean progress = true;
    while (progress) {
      progress = false;
      for (Map.Entry<String, List<String>> r : relationParts.entrySet()) {
        String sum = relationSum.get(r.getKey());
        List<String> unknown = new ArrayList<>();
        double knownParts = 0;
        for (String p : r.getValue()) {
          if (known.containsKey(p)) {
            knownParts += known.get(p);
          } else {
            unknown.add(p);
          }
        }
        boolean sumKnown = known.containsKey(sum);
        if (sumKnown && unknown.size() == 1) {
          progress |= recover(unknown.get(0), known.get(sum) - knownParts, r.getKey(), recovered);
        } else if (!sumKnown && unknown.isEmpty()) {
          progress |= recover(sum, knownParts, r.getKey(), recovered);
        }
      }
      any |= progress;
    }
    return any;
  }

  /** A relation as an equation over its unknown fields: the sum of coefficient times field is the constant. */
  private record Equation(String relation, Map<String, Integer> coefficients, double constant) {}

  private Equation equation(String key) {
    Map<String, Integer> coefficients = new HashMap<>();
    double constant = 0;
    for (String p : relationParts.get(key)) {
      if (known.containsKey(p)) {
        constant -= known.get(p);
      } else {
        coefficients.merge(p, 1, Integer::sum);
      }
    }
    String sum = relationSum.get(key);
    if (known.containsKey(sum)) {
      constant += known.get(sum);
    } else {
      coefficients.merge(sum, -1, Integer::sum);
    }
    return new Equation(key, coefficients, constant);
  }

  /**
   * Combinations of two relations: where one relation's unknown fields are all in another's, with
   * the same coefficients up to sign, the difference of the two is a relation over the fields left.
   * One field left is recovered; fields left that all add (or all subtract) give their sum, a
   * finding when it is below {@code minCell} for a small-cell measure. Whether a field was recovered.
   */
  private boolean solvePairs(List<String> recovered, List<String> smallSums, int minCell) {
    List<Equation> equations = new ArrayList<>();
    Map<String, List<Equation>> byField = new HashMap<>();
    for (String key : relationParts.keySet()) {
      Equation e = equation(key);
      if (e.coefficients().size() >= 2) {
        equations.add(e);
        e.coefficients().keySet().forEach(f -> byField.computeIfAbsent(f, x -> new ArrayList<>()).add(e));
      }
    }
    boolean any = false;
    for (Equation inner : equations) {
      String first = inner.coefficients().keySet().iterator().next();
      for (Equation outer : byField.get(first)) {
        if (outer.coefficients().size() <= inner.coefficients().size()) {
          continue;
        }
        int sign = outer.coefficients().get(first) * inner.coefficients().get(first); // coefficients are +1 or -1
        boolean contained = inner.coefficients().entrySet().stream()
            .allMatch(c -> Integer.valueOf(sign * c.getValue()).equals(outer.coefficients().get(c.getKey())));
        if (!contained) {
          continue;
        }
        Map<String, Integer> left = new HashMap<>(outer.coefficients());
        left.keySet().removeAll(inner.coefficients().keySet());
        if (left.keySet().stream().anyMatch(known::containsKey)) {
          continue; // recovered earlier in this pass: the next pass sees the new equations
        }
        double constant = outer.constant() - sign * inner.constant();
        String pair = outer.relation() + " minus " + inner.relation();
        if (left.size() == 1) {
          Map.Entry<String, Integer> only = left.entrySet().iterator().next();
          any |= recover(only.getKey(), constant / only.getValue(), pair, recovered);
        } else if (left.values().stream().distinct().count() == 1 && left.keySet().stream().anyMatch(hidden::contains)) {
          String field = left.keySet().iterator().next();
          double total = constant / left.values().iterator().next();
          if (smallCellMeasures.contains(field.substring(0, field.indexOf('|'))) && total < minCell - 1e-9
              && reportedPairs.add(pair)) {
            smallSums.add(pair + " hides " + left.size() + " cells adding up to " + total);
          }
        }
      }
    }
    return any;
  }

  private boolean recover(String cell, double value, String relation, List<String> recovered) {
    known.put(cell, value);
    if (hidden.contains(cell)) {
      recovered.add(cell + " = " + value + " from " + relation);
    }
    return true;
  }

  private static String join(String... parts) {
    return String.join("|", parts);
  }
}
