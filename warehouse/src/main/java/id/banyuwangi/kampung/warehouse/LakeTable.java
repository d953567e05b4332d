package id.banyuwangi.kampung.warehouse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The silver tables the warehouse reads, with the columns of their Parquet data files (DESIGN.md,
 * "The lake"). The column list is only needed when a table does not exist yet: then the staging
 * model reads a typed empty relation instead of Parquet files. Partition columns are not stored in
 * Delta data files, so they are not listed here; staging derives them.
 */
enum LakeTable {
  KIOSK_EVENTS("silver/kiosk_events", columns(
      "event_id VARCHAR", "txn_id VARCHAR", "schema_version VARCHAR", "kiosk_id VARCHAR",
      "village_code VARCHAR", "event_type VARCHAR", "event_at TIMESTAMPTZ", "service_code VARCHAR",
      "channel VARCHAR", "citizen_pseudonym VARCHAR", "citizen_sex VARCHAR",
      "citizen_birth_date DATE", "fee_idr BIGINT", "rating INTEGER", "reason VARCHAR",
      "app_version VARCHAR", "uptime_s BIGINT", "source_file VARCHAR", "line_no BIGINT",
      "ingest_run_id VARCHAR")),
  SERVICE_REQUESTS("silver/service_requests", columns(
      "txn_id VARCHAR", "village_code VARCHAR", "kiosk_id VARCHAR", "service_code VARCHAR",
      "channel VARCHAR", "citizen_sex VARCHAR", "submitted_at TIMESTAMPTZ", "state VARCHAR",
      "state_at TIMESTAMPTZ", "completed_at TIMESTAMPTZ", "terminal_at TIMESTAMPTZ",
      "rating INTEGER", "fee_idr BIGINT", "event_count INTEGER", "updated_run_id VARCHAR")),
  // The CSV sources (DESIGN.md, "The other sources"): none is partitioned; person and household
  // ids arrive already pseudonymised (child_key, student_key, household_key).
  POPULATION("silver/population", columns(
      "village_code VARCHAR", "as_of DATE", "sex VARCHAR", "age INTEGER", "count BIGINT",
      "source_file VARCHAR", "line_no BIGINT", "ingest_run_id VARCHAR")),
  HOUSEHOLDS("silver/households", columns(
      "household_key VARCHAR", "village_code VARCHAR", "survey_year INTEGER", "survey_date DATE",
      "members INTEGER", "expenditure_idr_month BIGINT", "head_sex VARCHAR", "head_age INTEGER",
      "head_education VARCHAR", "members_working_age INTEGER", "members_employed INTEGER",
      "members_jkn INTEGER", "receives_pkh BOOLEAN", "receives_bpnt BOOLEAN", "water_source VARCHAR",
      "sanitation VARCHAR", "electricity VARCHAR", "source_file VARCHAR", "line_no BIGINT",
      "ingest_run_id VARCHAR")),
  CHILD_MEASUREMENTS("silver/child_measurements", columns(
      "measurement_id VARCHAR", "child_key VARCHAR", "village_code VARCHAR", "sex VARCHAR",
      "birth_date DATE", "measured_on DATE", "age_days INTEGER", "weight_kg DOUBLE",
      "height_cm DOUBLE", "position VARCHAR", "source_file VARCHAR", "line_no BIGINT",
      "ingest_run_id VARCHAR")),
  SCHOOL_ENROLMENTS("silver/school_enrolments", columns(
      "student_key VARCHAR", "village_code VARCHAR", "sex VARCHAR", "birth_date DATE",
      "school_year VARCHAR", "level VARCHAR", "grade INTEGER", "status VARCHAR",
      "source_file VARCHAR", "line_no BIGINT", "ingest_run_id VARCHAR")),
  ENTERPRISES("silver/enterprises", columns(
      "business_id VARCHAR", "village_code VARCHAR", "kbli_section VARCHAR", "registered_on DATE",
      "closed_on DATE", "employees INTEGER", "monthly_revenue_idr BIGINT",
      "source_file VARCHAR", "line_no BIGINT", "ingest_run_id VARCHAR")),
  BUMDES_MONTHLY("silver/bumdes_monthly", columns(
      "village_code VARCHAR", "year INTEGER", "month INTEGER", "revenue_idr BIGINT",
      "expenses_idr BIGINT", "assets_idr BIGINT", "source_file VARCHAR", "line_no BIGINT",
      "ingest_run_id VARCHAR")),
  IDM("silver/idm", columns(
      "village_code VARCHAR", "year INTEGER", "iks DOUBLE", "ike DOUBLE", "ikl DOUBLE",
      "source_file VARCHAR", "line_no BIGINT", "ingest_run_id VARCHAR"));

  private final String path;
  private final Map<String, String> columnTypes;

  LakeTable(String path, Map<String, String> columnTypes) {
    this.path = path;
    this.columnTypes = columnTypes;
  }

  /** The table's path under the lake root, also its name in {@code _build_sources}. */
  String path() {
    return path;
  }

  /** The staging model that reads the table, e.g. {@code stg_service_requests}. */
  String stagingModel() {
    return "stg_" + path.substring(path.lastIndexOf('/') + 1);
  }

  static LakeTable byPath(String path) {
    for (LakeTable table : values()) {
      if (table.path.equals(path)) {
        return table;
      }
    }
    throw new IllegalArgumentException("no lake table " + path);
  }

  /** A relation with the table's columns and types and no rows. */
  String emptyRelationSql() {
    return columnTypes.entrySet().stream()
        .map(c -> "CAST(NULL AS " + c.getValue() + ") AS " + c.getKey())
        .collect(Collectors.joining(", ", "(SELECT ", " LIMIT 0)"));
  }

  private static Map<String, String> columns(String... declarations) {
    Map<String, String> columns = new LinkedHashMap<>();
    for (String declaration : declarations) {
      String[] parts = declaration.split(" ");
      columns.put(parts[0], parts[1]);
    }
    return columns;
  }
}
