package id.banyuwangi.kampung.warehouse.internal.seed;

import id.banyuwangi.kampung.domain.indicator.Breakdown;
import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.domain.indicator.Measure;
import id.banyuwangi.kampung.domain.period.PeriodKind;
import id.banyuwangi.kampung.warehouse.internal.project.BuildContext;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.duckdb.DuckDBConnection;

/**
 * The build's catalog as tables: dim_indicator (with the catalog's list columns as lists),
 * dim_measure, dim_breakdown and dim_breakdown_member. The published warehouse carries the catalog
 * it was built with, so an answer can always be read with the definitions that made it.
 */
final class CatalogSeeds {
  private CatalogSeeds() {}

  static List<Seed> all() {
    return List.of(
        new Seed("dim_indicator", "the indicator catalog the build evaluated: each indicator's measures, rollup, scale, periods and breakdowns", CatalogSeeds::indicators),
        new Seed("dim_measure", "the named measures (catalog/measures.csv): unit, kind, period boundary and the model that computes each", CatalogSeeds::measures),
        new Seed("dim_breakdown", "the breakdowns a measure can be split by, and whether their members partition the total", CatalogSeeds::breakdowns),
        new Seed("dim_breakdown_member", "every member of every breakdown, with its names", CatalogSeeds::members));
  }

  private static void indicators(DuckDBConnection db, BuildContext context) throws SQLException {
    IndicatorCatalog catalog = context.catalog();
    try (Rows rows = Rows.into(db, "dim_indicator", """
        code VARCHAR PRIMARY KEY, name_id VARCHAR NOT NULL, name_en VARCHAR NOT NULL, unit VARCHAR NOT NULL,
        domain VARCHAR NOT NULL, definition VARCHAR, direction VARCHAR NOT NULL, numerator VARCHAR NOT NULL,
        denominator VARCHAR NOT NULL, statistic VARCHAR NOT NULL, cell_count VARCHAR NOT NULL,
        small_cell_unit VARCHAR NOT NULL, period_boundary VARCHAR NOT NULL, scale DOUBLE NOT NULL,
        decimals INTEGER NOT NULL, rollup VARCHAR NOT NULL, periods VARCHAR NOT NULL,
        disaggregations VARCHAR NOT NULL, breakdowns VARCHAR NOT NULL, category VARCHAR NOT NULL,
        framework VARCHAR NOT NULL, valid_years VARCHAR NOT NULL, catalog_order INTEGER NOT NULL""")) {
      int order = 0;
      for (Indicator i : catalog.all()) {
        rows.row(i.code(), i.nameId(), i.nameEn(), i.unit(), i.domain(), i.definition(), i.direction().name(),
            i.numerator(), i.denominator(), i.statistic(), i.cellCount(), i.smallCellUnit(),
            i.periodBoundary().code(), i.scale(), i.decimals(), i.rollup().name(),
            i.periods().stream().map(PeriodKind::name).collect(Collectors.joining("|")),
            String.join("|", i.disaggregations()), String.join("|", i.breakdowns()), i.category(), i.framework(),
            i.validYears().toString(), ++order);
      }
    }
    // the list columns as lists, so models test membership with list_contains
    for (String column : List.of("periods", "disaggregations", "breakdowns")) {
      Rows.execute(db, "ALTER TABLE dim_indicator ALTER " + column
          + " TYPE VARCHAR[] USING list_filter(string_split(" + column + ", '|'), x -> x <> '')");
    }
  }

  private static void measures(DuckDBConnection db, BuildContext context) throws SQLException {
    try (Rows rows = Rows.into(db, "dim_measure", """
        measure VARCHAR PRIMARY KEY, description VARCHAR NOT NULL, unit VARCHAR NOT NULL, kind VARCHAR NOT NULL,
        additive BOOLEAN NOT NULL, boundary VARCHAR NOT NULL, model VARCHAR NOT NULL, catalog_order INTEGER NOT NULL""")) {
      int order = 0;
      for (Measure m : context.catalog().measures()) {
        rows.row(m.name(), m.description(), m.unit(), m.kind().name(), m.isAdditive(), m.boundary().code(), m.model(),
            ++order);
      }
    }
  }

  private static void breakdowns(DuckDBConnection db, BuildContext context) throws SQLException {
    try (Rows rows = Rows.into(db, "dim_breakdown", """
        breakdown VARCHAR PRIMARY KEY, name_id VARCHAR NOT NULL, name_en VARCHAR NOT NULL, is_partition BOOLEAN NOT NULL,
        catalog_order INTEGER NOT NULL""")) {
      int order = 0;
      for (Breakdown b : context.catalog().breakdowns()) {
        rows.row(b.code(), b.nameId(), b.nameEn(), b.partition(), ++order);
      }
    }
  }

  private static void members(DuckDBConnection db, BuildContext context) throws SQLException {
    try (Rows rows = Rows.into(db, "dim_breakdown_member", """
        breakdown VARCHAR NOT NULL, member VARCHAR NOT NULL, name_id VARCHAR NOT NULL, name_en VARCHAR NOT NULL,
        member_order INTEGER NOT NULL, PRIMARY KEY (breakdown, member)""")) {
      for (Breakdown b : context.catalog().breakdowns()) {
        for (int n = 0; n < b.members().size(); n++) {
          Breakdown.Member m = b.members().get(n);
          rows.row(b.code(), m.code(), m.nameId(), m.nameEn(), n + 1);
        }
      }
    }
  }
}
