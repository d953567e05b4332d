package id.banyuwangi.kampung.warehouse;

import id.banyuwangi.kampung.domain.development.IdmStatus;
import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.domain.period.Period;
import id.banyuwangi.kampung.domain.period.PeriodKind;
import id.banyuwangi.kampung.domain.poverty.PovertyLines;
import id.banyuwangi.kampung.domain.region.Area;
import id.banyuwangi.kampung.domain.region.AreaLevel;
import id.banyuwangi.kampung.domain.region.RegionHierarchy;
import id.banyuwangi.kampung.domain.service.Service;
import id.banyuwangi.kampung.domain.service.ServiceCatalog;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The dimension tables, loaded from the domain catalogs (never from the lake) through DuckDB's
 * appender, so no value is ever spliced into SQL text.
 */
final class Dimensions {
  private Dimensions() {}

  /**
   * dim_region, bridge_area, dim_service, dim_indicator, dim_poverty_line and dim_idm_status:
   * everything the models join to.
   */
  static void loadCatalogs(DuckDBConnection connection, PovertyLines povertyLines) throws SQLException {
    loadRegions(connection, RegionHierarchy.banyuwangi());
    loadServices(connection, ServiceCatalog.standard());
    loadIndicators(connection, IndicatorCatalog.standard());
    loadPovertyLines(connection, povertyLines);
    loadIdmStatus(connection);
  }

  static void loadRegions(DuckDBConnection connection, RegionHierarchy regions) throws SQLException {
    execute(connection, """
        CREATE TABLE dim_region (area_code VARCHAR PRIMARY KEY, area_name VARCHAR NOT NULL,
          area_level VARCHAR NOT NULL, parent_code VARCHAR, kind VARCHAR, lat DOUBLE, lng DOUBLE)""");
    try (DuckDBAppender rows = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "dim_region")) {
      for (Area area : regions.all()) {
        rows.beginRow();
        text(rows, area.code());
        text(rows, area.name());
        text(rows, area.level().name());
        text(rows, area.parentCode());
        text(rows, area.kind());
        rows.append(area.lat());
        rows.append(area.lng());
        rows.endRow();
      }
    }
    // Each village belongs to itself, its kecamatan and the regency: one join, every level.
    execute(connection, """
        CREATE TABLE bridge_area (village_code VARCHAR NOT NULL, area_code VARCHAR NOT NULL,
          area_level VARCHAR NOT NULL, PRIMARY KEY (village_code, area_code))""");
    try (DuckDBAppender rows = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "bridge_area")) {
      for (Area village : regions.villages()) {
        String district = village.parentCode();
        String regency = regions.find(district).map(Area::parentCode).orElseThrow();
        for (String[] link : List.of(
            new String[] {village.code(), AreaLevel.VILLAGE.name()},
            new String[] {district, AreaLevel.DISTRICT.name()},
            new String[] {regency, AreaLevel.REGENCY.name()})) {
          rows.beginRow();
          text(rows, village.code());
          text(rows, link[0]);
          text(rows, link[1]);
          rows.endRow();
        }
      }
    }
  }

  static void loadServices(DuckDBConnection connection, ServiceCatalog services) throws SQLException {
    execute(connection, """
        CREATE TABLE dim_service (service_code VARCHAR PRIMARY KEY, name_id VARCHAR, name_en VARCHAR,
          category VARCHAR, sla_hours INTEGER NOT NULL)""");
    try (DuckDBAppender rows = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "dim_service")) {
      for (Service service : services.all()) {
        rows.beginRow();
        text(rows, service.code());
        text(rows, service.nameId());
        text(rows, service.nameEn());
        text(rows, service.category());
        rows.append(service.slaHours());
        rows.endRow();
      }
    }
  }

  /** The catalog as it is; list columns are kept in the catalog's {@code A|B|C} form. */
  static void loadIndicators(DuckDBConnection connection, IndicatorCatalog catalog) throws SQLException {
    execute(connection, """
        CREATE TABLE dim_indicator (code VARCHAR PRIMARY KEY, name_id VARCHAR, name_en VARCHAR,
          unit VARCHAR, domain VARCHAR, definition VARCHAR, direction VARCHAR, numerator VARCHAR,
          denominator VARCHAR, scale DOUBLE NOT NULL, rollup VARCHAR NOT NULL, periods VARCHAR,
          disaggregations VARCHAR, small_cell_unit VARCHAR NOT NULL, model VARCHAR)""");
    try (DuckDBAppender rows = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "dim_indicator")) {
      for (Indicator i : catalog.all()) {
        rows.beginRow();
        text(rows, i.code());
        text(rows, i.nameId());
        text(rows, i.nameEn());
        text(rows, i.unit());
        text(rows, i.domain());
        text(rows, i.definition());
        text(rows, i.direction().name());
        text(rows, i.numerator());
        text(rows, i.denominator());
        rows.append(i.scale());
        text(rows, i.rollup().name());
        text(rows, i.periods().stream().map(PeriodKind::name).collect(Collectors.joining("|")));
        text(rows, String.join("|", i.disaggregations()));
        text(rows, i.smallCellUnit());
        text(rows, i.model());
        rows.endRow();
      }
    }
  }

  /**
   * dim_poverty_line: the official poverty line per survey year (rupiah per capita per month), as
   * configured. A survey year without a line gets no poverty values: the marts never guess one.
   */
  static void loadPovertyLines(DuckDBConnection connection, PovertyLines lines) throws SQLException {
    execute(connection, """
        CREATE TABLE dim_poverty_line ("year" INTEGER PRIMARY KEY, poverty_line_idr BIGINT NOT NULL)""");
    try (DuckDBAppender rows = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "dim_poverty_line")) {
      for (Map.Entry<Integer, Long> line : lines.all().entrySet()) {
        rows.beginRow();
        rows.append(line.getKey().intValue());
        rows.append(line.getValue().longValue());
        rows.endRow();
      }
    }
  }

  /**
   * dim_idm_status: the IDM bands of {@link IdmStatus}, so the thresholds exist once. A score is in
   * a band when {@code lower_exclusive < score <= upper_inclusive}; NULL is an open end (the lowest
   * band has no lower bound, the highest no upper bound). rank orders the bands, 1 = lowest.
   */
  static void loadIdmStatus(DuckDBConnection connection) throws SQLException {
    execute(connection, """
        CREATE TABLE dim_idm_status (status VARCHAR PRIMARY KEY, name_id VARCHAR NOT NULL,
          "rank" INTEGER NOT NULL, lower_exclusive DOUBLE, upper_inclusive DOUBLE)""");
    IdmStatus[] bands = IdmStatus.values(); // declared from the lowest band up
    try (DuckDBAppender rows = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "dim_idm_status")) {
      for (int i = 0; i < bands.length; i++) {
        rows.beginRow();
        text(rows, bands[i].name());
        text(rows, bands[i].nameId());
        rows.append(i + 1);
        bound(rows, bands[i].lowerExclusive());
        bound(rows, i + 1 < bands.length ? bands[i + 1].lowerExclusive() : Double.POSITIVE_INFINITY);
        rows.endRow();
      }
    }
  }

  private static void bound(DuckDBAppender rows, double bound) throws SQLException {
    if (Double.isInfinite(bound)) {
      rows.appendNull();
    } else {
      rows.append(bound);
    }
  }

  /**
   * dim_period: every period a mart publishes, with its first and last day from the domain's
   * {@link Period}. Loaded after the marts, so it covers exactly what can be asked for.
   */
  static void loadPeriods(DuckDBConnection connection) throws SQLException {
    List<String[]> published = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(
            "SELECT DISTINCT period, period_kind FROM mart_indicator_value ORDER BY period_kind, period")) {
      while (rs.next()) {
        published.add(new String[] {rs.getString(1), rs.getString(2)});
      }
    }
    execute(connection, """
        CREATE TABLE dim_period (period VARCHAR NOT NULL, period_kind VARCHAR NOT NULL,
          start_date DATE NOT NULL, end_date DATE NOT NULL, PRIMARY KEY (period, period_kind))""");
    try (DuckDBAppender rows = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "dim_period")) {
      for (String[] p : published) {
        Period period = Period.parse(p[0]); // a SURVEY_YEAR "2024" spans the same days as the year
        rows.beginRow();
        text(rows, p[0]);
        text(rows, p[1]);
        rows.append(period.start());
        rows.append(period.end());
        rows.endRow();
      }
    }
  }

  private static void text(DuckDBAppender rows, String value) throws SQLException {
    if (value == null) {
      rows.appendNull();
    } else {
      rows.append(value);
    }
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
