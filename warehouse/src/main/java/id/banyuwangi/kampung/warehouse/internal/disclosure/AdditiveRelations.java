package id.banyuwangi.kampung.warehouse.internal.disclosure;

import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.domain.indicator.Measure;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every additive relation among the shown measure cells, the ones a reader of the public outputs can
 * subtract along: an area is the sum of the areas one level below it (dim_region), a partition
 * breakdown's members sum to their total (dim_breakdown), and for a measure that adds up over time
 * (its period boundary) a quarter is the sum of its months and a year of its quarters (dim_period).
 * A statistic (a median) is in no relation.
 */
final class AdditiveRelations {
  private final MeasureGrid grid;
  private final IndicatorCatalog catalog;
  private final Map<String, String> parentArea = new HashMap<>();
  private final Map<String, String[]> parentPeriod = new HashMap<>(); // "MONTH|2024-03" -> {2024-Q1, QUARTER}
  private final Set<String> partitions = new HashSet<>();
  private final Set<String> sumAreas = new HashSet<>();

  AdditiveRelations(Connection connection, MeasureGrid grid, IndicatorCatalog catalog) throws SQLException {
    this.grid = grid;
    this.catalog = catalog;
    try (Statement s = connection.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT area_code, parent_code FROM dim_region WHERE parent_code IS NOT NULL")) {
        while (rs.next()) {
          parentArea.put(rs.getString(1), rs.getString(2));
        }
      }
      try (ResultSet rs = s.executeQuery("SELECT breakdown FROM dim_breakdown WHERE is_partition")) {
        while (rs.next()) {
          partitions.add(rs.getString(1));
        }
      }
      loadPeriods(s);
    }
    sumAreas.addAll(parentArea.values());
  }

  /** MONTH in its QUARTER, QUARTER in its YEAR, by the days they span. */
  private void loadPeriods(Statement s) throws SQLException {
    Map<String, List<Object[]>> byKind = new HashMap<>();
    try (ResultSet rs = s.executeQuery("""
        SELECT period, period_kind, start_date, end_date FROM dim_period
        WHERE period_kind IN ('MONTH', 'QUARTER', 'YEAR') ORDER BY start_date""")) {
      while (rs.next()) {
        byKind.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(new Object[] {rs.getString(1),
            rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)});
      }
    }
    link(byKind.getOrDefault("MONTH", List.of()), byKind.getOrDefault("QUARTER", List.of()), "MONTH", "QUARTER");
    link(byKind.getOrDefault("QUARTER", List.of()), byKind.getOrDefault("YEAR", List.of()), "QUARTER", "YEAR");
  }

  private void link(List<Object[]> children, List<Object[]> parents, String childKind, String parentKind) {
    for (Object[] c : children) {
      for (Object[] p : parents) {
        if (!((LocalDate) c[1]).isBefore((LocalDate) p[1]) && !((LocalDate) c[2]).isAfter((LocalDate) p[2])) {
          parentPeriod.put(childKind + "|" + c[0], new String[] {(String) p[0], parentKind});
        }
      }
    }
  }

  List<Relation> all() {
    Map<String, List<Integer>> parts = new LinkedHashMap<>();
    Map<String, Integer> sums = new HashMap<>();
    for (int id = 0; id < grid.size(); id++) {
      CellKey k = grid.key(id);
      Optional<Measure> measure = catalog.measure(k.measure());
      if (measure.isEmpty() || !measure.get().isAdditive()) {
        continue;
      }
      String area = parentArea.get(k.area());
      if (area != null) {
        add(parts, sums, "area", k.withArea(area), id);
      }
      if (!k.breakdown().equals("total") && partitions.contains(k.breakdown())) {
        add(parts, sums, "breakdown:" + k.breakdown(), k.total(), id);
      }
      String[] period = parentPeriod.get(k.periodKind() + "|" + k.period());
      if (period != null && measure.get().boundary().addsUpOverTime()) {
        add(parts, sums, "period", k.withPeriod(period[0], period[1]), id);
      }
    }
    List<Relation> relations = new ArrayList<>();
    parts.forEach((key, ids) -> {
      int sum = sums.get(key);
      CellKey sumKey = grid.key(sum);
      int[] partIds = ids.stream().mapToInt(Integer::intValue).toArray();
      relations.add(new Relation(sum, partIds, grid.decidesSmallCells(sumKey.measure()), districts(sum, partIds)));
    });
    return relations;
  }

  /** A measure cell's area level: 0 for a village (its area is the sum of no other), 1 for a kecamatan, 2 for the regency. */
  int areaLevel(int cell) {
    String area = grid.key(cell).area();
    if (!sumAreas.contains(area)) {
      return 0;
    }
    return parentArea.containsKey(area) ? 1 : 2;
  }

  /**
   * The districts a relation is audited in: its measure inside the kecamatan its sum lies in (none
   * for a regency's sum), and its measure above the villages when no cell of it is a village's.
   */
  private List<String> districts(int sum, int[] parts) {
    CellKey sumKey = grid.key(sum);
    List<String> districts = new ArrayList<>(2);
    String kecamatan = sumKey.area();
    if (parentArea.containsKey(kecamatan)) {
      while (parentArea.containsKey(parentArea.get(kecamatan))) {
        kecamatan = parentArea.get(kecamatan);
      }
      districts.add(sumKey.measure() + "|" + kecamatan);
    }
    if (areaLevel(sum) > 0 && java.util.Arrays.stream(parts).allMatch(p -> areaLevel(p) > 0)) {
      districts.add(sumKey.measure() + "|above the villages");
    }
    return List.copyOf(districts);
  }

  /** A part of the relation of kind {@code kind} whose sum is {@code sumKey}, if that sum is a shown cell. */
  private void add(Map<String, List<Integer>> parts, Map<String, Integer> sums, String kind, CellKey sumKey, int part) {
    grid.id(sumKey).ifPresent(sum -> {
      String key = kind + "#" + sum;
      sums.put(key, sum);
      parts.computeIfAbsent(key, k -> new ArrayList<>()).add(part);
    });
  }
}
