package id.banyuwangi.kampung.warehouse.internal.disclosure;

import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.domain.indicator.Rollup;
import id.banyuwangi.kampung.warehouse.internal.project.BuildContext;
import id.banyuwangi.kampung.warehouse.internal.project.JavaModel;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code mart_disclosure}: every indicator cell that public outputs must hide, and why: primary
 * (below the small-cell threshold) or secondary (hidden so that no primary cell can be recomputed
 * by subtraction across areas, breakdowns, periods and indicators sharing a measure). Decided once
 * per build by {@link ComplementarySuppression}, never per request. Category indicators (village
 * status bands) count villages, not persons, and are never hidden.
 */
public final class DisclosureModel implements JavaModel {
  private static final Logger LOG = LoggerFactory.getLogger(DisclosureModel.class);
  public static final String NAME = "mart_disclosure";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String purpose() {
    return "the indicator cells public outputs hide: primary (small cells) and secondary (so that no small cell can be recomputed by subtraction)";
  }

  @Override
  public Set<String> refs() {
    return Set.of("mart_indicator_cell", "fct_measure", "dim_region", "dim_period", "dim_breakdown", "dim_measure");
  }

  @Override
  public void create(Connection connection, BuildContext context) throws SQLException {
    audit(connection, context);
  }

  /** What a run audited: the groups, and how many of them were audited again (the rest kept from the previous build). */
  record Run(int groups, int audited) {}

  /** Creates the table; how many groups it audited. */
  Run audit(Connection connection, BuildContext context) throws SQLException {
    long started = System.nanoTime();
    IndicatorCatalog catalog = context.catalog();
    int minCell = catalog.minCell();
    MeasureGrid grid = MeasureGrid.load(connection, measuresShown(catalog), smallCellMeasures(catalog));
    List<IndicatorCell> cells = indicatorCells(connection, catalog, grid);
    AdditiveRelations additive = new AdditiveRelations(connection, grid, catalog);
    List<Relation> relations = additive.all();
    long loaded = System.nanoTime();
    List<AuditGroups.Group> groups = AuditGroups.of(grid, cells, relations, minCell);
    KeptAudits kept = KeptAudits.read(connection);
    ComplementarySuppression.Status[] status = new ComplementarySuppression.Status[cells.size()];
    List<AuditGroups.Group> toAudit = new ArrayList<>();
    for (AuditGroups.Group g : groups) {
      if (kept.keeps(g)) {
        for (int i : g.cells()) {
          status[i] = kept.status(cells.get(i));
        }
      } else {
        toAudit.add(g);
      }
    }
    long grouped = System.nanoTime();
    // the groups are independent: audited side by side, each writing only its own cells' status
    List<Audited> audited = toAudit.parallelStream().map(g -> Audited.of(g, grid, cells, minCell, additive)).toList();
    audited.forEach(a -> a.copyInto(status));
    long suppressed = System.nanoTime();
    write(connection.unwrap(DuckDBConnection.class), cells, status);
    KeptAudits.write(connection.unwrap(DuckDBConnection.class), groups);
    long secondary = java.util.Arrays.stream(status).filter(s -> s == ComplementarySuppression.Status.SECONDARY).count();
    LOG.info("{}: {} indicator cells, {} relations, {} hidden secondarily; {} of {} audit groups audited (the rest"
        + " unchanged since the previous build); {} unknown cells in components too large for the exact audit"
        + " (audited by district: {} secrets found fixed there and protected, {} unknown cells too many even there),"
        + " in {} ms (loading the cells and relations {} ms, grouping and fingerprints {} ms, auditing {} ms,"
        + " writing {} ms)", NAME, cells.size(), relations.size(), secondary, toAudit.size(), groups.size(),
        audited.stream().mapToInt(a -> a.unknownsNotAudited).sum(), audited.stream().mapToInt(a -> a.fixedInDistricts).sum(),
        audited.stream().mapToInt(a -> a.unknownsNotAuditedInDistricts).sum(), millis(started, System.nanoTime()),
        millis(started, loaded), millis(loaded, grouped), millis(grouped, suppressed), millis(suppressed, System.nanoTime()));
    audited.stream().sorted(java.util.Comparator.comparingLong(Audited::millis).reversed()).limit(5)
        .forEach(a -> LOG.info("{}: audit group {} ({} indicator cells) in {} ms", NAME, a.group(), a.cells().length, a.millis()));
    return new Run(groups.size(), toAudit.size());
  }

  private static long millis(long from, long to) {
    return (to - from) / 1_000_000;
  }

  /** One group's suppression: its cells' status, and what the audit reports. */
  private record Audited(String group, int[] cells, ComplementarySuppression.Status[] status, int unknownsNotAudited,
      int fixedInDistricts, int unknownsNotAuditedInDistricts, long millis) {
    static Audited of(AuditGroups.Group g, MeasureGrid grid, List<IndicatorCell> all, int minCell,
        AdditiveRelations additive) {
      long started = System.nanoTime();
      List<IndicatorCell> cells = java.util.Arrays.stream(g.cells()).mapToObj(all::get).toList();
      ComplementarySuppression suppression = new ComplementarySuppression(grid.values(), cells, g.relations(), minCell,
          additive::areaLevel);
      ComplementarySuppression.Status[] status = suppression.run();
      return new Audited(g.name(), g.cells(), status, suppression.unknownsNotAudited(), suppression.fixedInDistricts(),
          suppression.unknownsNotAuditedInDistricts(), (System.nanoTime() - started) / 1_000_000);
    }

    void copyInto(ComplementarySuppression.Status[] all) {
      for (int j = 0; j < cells.length; j++) {
        all[cells[j]] = status[j];
      }
    }
  }

  /** The measures public cells show: numerators, denominators and cell counts of every non-band indicator. */
  private static Set<String> measuresShown(IndicatorCatalog catalog) {
    Set<String> measures = new LinkedHashSet<>();
    for (Indicator i : catalog.all()) {
      if (i.rollup() != Rollup.COUNT_BY_BAND) {
        for (String m : List.of(i.numerator(), i.denominator(), i.cellCount())) {
          if (!m.isEmpty()) {
            measures.add(m);
          }
        }
      }
    }
    return measures;
  }

  /** The measures that decide small cells (the cell counts of suppressible indicators). */
  private static Set<String> smallCellMeasures(IndicatorCatalog catalog) {
    Set<String> measures = new LinkedHashSet<>();
    catalog.all().stream().filter(Indicator::isSuppressible).forEach(i -> measures.add(i.cellCount()));
    return measures;
  }

  private static List<IndicatorCell> indicatorCells(Connection connection, IndicatorCatalog catalog, MeasureGrid grid)
      throws SQLException {
    List<IndicatorCell> cells = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("""
            SELECT indicator_code, area_code, period, period_kind, breakdown, member, suppressed
            FROM mart_indicator_cell WHERE category IS NULL
            ORDER BY indicator_code, area_code, period_kind, period, breakdown, member""")) {
      while (rs.next()) {
        Indicator indicator = catalog.find(rs.getString(1)).orElseThrow();
        CellKey grain = new CellKey("", rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6));
        List<Integer> shown = new ArrayList<>();
        for (String m : List.of(indicator.numerator(), indicator.denominator(), indicator.cellCount())) {
          if (!m.isEmpty()) {
            grid.id(grain.withMeasure(m)).ifPresent(shown::add);
          }
        }
        cells.add(new IndicatorCell(indicator.code(), indicator.domain(), grain, rs.getBoolean(7),
            shown.stream().distinct().mapToInt(Integer::intValue).toArray()));
      }
    }
    return cells;
  }

  private static void write(DuckDBConnection connection, List<IndicatorCell> cells,
      ComplementarySuppression.Status[] status) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("""
          CREATE TABLE mart_disclosure (indicator_code VARCHAR NOT NULL, domain VARCHAR NOT NULL,
            area_code VARCHAR NOT NULL, period VARCHAR NOT NULL, period_kind VARCHAR NOT NULL,
            breakdown VARCHAR NOT NULL, member VARCHAR NOT NULL, suppression VARCHAR NOT NULL)""");
    }
    try (DuckDBAppender out = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, NAME)) {
      for (int i = 0; i < cells.size(); i++) {
        if (status[i] == ComplementarySuppression.Status.PUBLISHED) {
          continue;
        }
        IndicatorCell c = cells.get(i);
        out.beginRow();
        out.append(c.indicator());
        out.append(c.domain());
        out.append(c.grain().area());
        out.append(c.grain().period());
        out.append(c.grain().periodKind());
        out.append(c.grain().breakdown());
        out.append(c.grain().member());
        out.append(status[i] == ComplementarySuppression.Status.PRIMARY ? "primary" : "secondary");
        out.endRow();
      }
    }
  }
}
