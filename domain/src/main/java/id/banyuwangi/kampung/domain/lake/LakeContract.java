package id.banyuwangi.kampung.domain.lake;

import static id.banyuwangi.kampung.domain.lake.Zone.BRONZE;
import static id.banyuwangi.kampung.domain.lake.Zone.QUARANTINE;
import static id.banyuwangi.kampung.domain.lake.Zone.SILVER;
import static id.banyuwangi.kampung.domain.lake.Zone.SYSTEM;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The lake's table contract, declared once: every bronze, silver, quarantine and system table with
 * its columns, types, nullability, key, partitioning and personal data; the CSV sources' formats
 * ({@link CsvSourceFormat}); the future-date tolerance. Reason codes are {@link ReasonCode}; the WIB
 * period rule is {@link id.banyuwangi.kampung.domain.period.Period#WIB}.
 *
 * <p>A column is declared as {@code "name TYPE [NOT NULL] [IDENTIFIER|PSEUDONYM|QUASI_IDENTIFIER|FREE_TEXT]"}.
 */
public final class LakeContract {
  /** A date or timestamp later than ingestion time plus this is quarantined (contract, common rules). */
  public static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);

  private static final String[] LINEAGE = {"source_file STRING", "line_no LONG", "ingest_run_id STRING"};

  public static final LakeTable BRONZE_KIOSK_LINES = table("bronze/kiosk_lines", BRONZE,
      "every kiosk line as received (the NIK included), with lineage", List.of("source_file", "line_no"), "file_month",
      "source_file STRING NOT NULL", "line_no LONG NOT NULL", "raw_line STRING IDENTIFIER", "ingest_run_id STRING",
      "ingested_at TIMESTAMP", "file_month STRING NOT NULL");

  public static final LakeTable SILVER_KIOSK_EVENTS = table("silver/kiosk_events", SILVER,
      "typed, valid kiosk events, one per event_id (a repeat is a duplicate, kept once); the NIK as its keyed hash;"
          + " event_month is the yyyy-MM of event_at in WIB",
      List.of("event_id"), "event_month",
      "event_id STRING NOT NULL", "txn_id STRING", "schema_version STRING", "kiosk_id STRING", "village_code STRING",
      "event_type STRING", "event_at TIMESTAMP", "service_code STRING", "channel STRING",
      "citizen_pseudonym STRING PSEUDONYM", "citizen_sex STRING", "citizen_birth_date DATE QUASI_IDENTIFIER",
      "fee_idr LONG", "rating INT", "reason STRING FREE_TEXT", "app_version STRING", "uptime_s LONG",
      "source_file STRING", "line_no LONG", "ingest_run_id STRING", "event_month STRING NOT NULL");

  public static final LakeTable QUARANTINE_RECORDS = table("quarantine/records", QUARANTINE,
      "every rejected record with its reason code (ReasonCode) and the record as received",
      List.of("source", "source_file", "line_no"), "source",
      "source STRING NOT NULL", "source_file STRING NOT NULL", "line_no LONG NOT NULL", "reason_code STRING",
      "reason_detail STRING", "raw_record STRING IDENTIFIER", "ingest_run_id STRING", "quarantined_at TIMESTAMP");

  public static final LakeTable SYSTEM_INGEST_RUNS = table("_system/ingest_runs", SYSTEM,
      "one row per run and source; lines_read = accepted + quarantined + duplicates, exactly",
      List.of("run_id", "source"), null,
      "run_id STRING NOT NULL", "source STRING", "started_at TIMESTAMP", "finished_at TIMESTAMP", "files_read LONG",
      "files_skipped LONG", "lines_read LONG", "accepted LONG", "quarantined LONG", "duplicates LONG");

  public static final LakeTable SYSTEM_INGESTED_FILES = table("_system/ingested_files", SYSTEM,
      "every file ingested, by content: a file seen again with the same sha256 is skipped",
      List.of("source", "source_file"), null,
      "source STRING NOT NULL", "source_file STRING NOT NULL", "size_bytes LONG", "sha256 STRING", "lines LONG",
      "run_id STRING");

  public static final CsvSourceFormat POPULATION = csv("population", "population",
      "residents per village, semester end (as_of), sex and single year of age (100 = 100 and over)",
      List.of("village_code", "as_of", "sex", "age", "count"), List.of(),
      List.of("village_code", "as_of", "sex", "age"),
      "village_code STRING", "as_of DATE", "sex STRING", "age INT", "count LONG");

  public static final CsvSourceFormat HOUSEHOLDS = csv("households", "households",
      "one row per household and survey year (DTKS-style); household_id pseudonymised as household_key",
      List.of("household_id", "village_code", "survey_year", "survey_date", "members", "expenditure_idr_month",
          "head_sex", "head_age", "head_education", "members_working_age", "members_employed", "members_jkn",
          "receives_pkh", "receives_bpnt", "water_source", "sanitation", "electricity"),
      List.of("household_id"), List.of("household_key", "survey_year"),
      "household_key STRING PSEUDONYM", "village_code STRING", "survey_year INT", "survey_date DATE", "members INT",
      "expenditure_idr_month LONG", "head_sex STRING", "head_age INT", "head_education STRING",
      "members_working_age INT", "members_employed INT", "members_jkn INT", "receives_pkh BOOLEAN",
      "receives_bpnt BOOLEAN", "water_source STRING", "sanitation STRING", "electricity STRING");

  public static final CsvSourceFormat POSYANDU = csv("posyandu", "child_measurements",
      "one row per weighing or measuring of a child under five; child_id pseudonymised as child_key;"
          + " age_days = measured_on - birth_date",
      List.of("measurement_id", "child_id", "village_code", "sex", "birth_date", "measured_on", "weight_kg",
          "height_cm", "position"),
      List.of("child_id", "birth_date"), List.of("measurement_id"),
      "measurement_id STRING", "child_key STRING PSEUDONYM", "village_code STRING", "sex STRING",
      "birth_date DATE QUASI_IDENTIFIER", "measured_on DATE", "age_days INT", "weight_kg DOUBLE", "height_cm DOUBLE",
      "position STRING");

  public static final CsvSourceFormat SCHOOLS = csv("schools", "school_enrolments",
      "one row per student and school year, by the student's village of residence; student_id pseudonymised",
      List.of("student_id", "village_code", "sex", "birth_date", "school_year", "level", "grade", "status"),
      List.of("student_id", "birth_date"), List.of("student_key", "school_year"),
      "student_key STRING PSEUDONYM", "village_code STRING", "sex STRING", "birth_date DATE QUASI_IDENTIFIER",
      "school_year STRING", "level STRING", "grade INT", "status STRING");

  public static final CsvSourceFormat MSME = csv("msme", "enterprises",
      "one row per micro or small enterprise; closed_on null while open",
      List.of("business_id", "village_code", "kbli_section", "registered_on", "closed_on", "employees",
          "monthly_revenue_idr"),
      List.of(), List.of("business_id"),
      "business_id STRING", "village_code STRING", "kbli_section STRING", "registered_on DATE", "closed_on DATE",
      "employees INT", "monthly_revenue_idr LONG");

  public static final CsvSourceFormat BUMDES = csv("bumdes", "bumdes_monthly",
      "one row per village-owned enterprise (BUMDes) village and month",
      List.of("village_code", "year", "month", "revenue_idr", "expenses_idr", "assets_idr"),
      List.of(), List.of("village_code", "year", "month"),
      "village_code STRING", "year INT", "month INT", "revenue_idr LONG", "expenses_idr LONG", "assets_idr LONG");

  public static final CsvSourceFormat IDM = csv("idm", "idm",
      "the published IDM sub-indices (0..1) per village and year",
      List.of("village_code", "year", "iks", "ike", "ikl"),
      List.of(), List.of("village_code", "year"),
      "village_code STRING", "year INT", "iks DOUBLE", "ike DOUBLE", "ikl DOUBLE");

  public static final CsvSourceFormat INDEKS_DESA = csv("indeks_desa", "indeks_desa",
      "the published Indeks Desa (from 2024): score 0..100, status as published, six dimension scores",
      List.of("village_code", "year", "skor", "status", "layanan_dasar", "sosial", "ekonomi", "lingkungan",
          "aksesibilitas", "tata_kelola"),
      List.of(), List.of("village_code", "year"),
      "village_code STRING", "year INT", "skor DOUBLE", "status STRING", "layanan_dasar DOUBLE", "sosial DOUBLE",
      "ekonomi DOUBLE", "lingkungan DOUBLE", "aksesibilitas DOUBLE", "tata_kelola DOUBLE");

  /** The CSV sources in the order a run ingests them. */
  public static final List<CsvSourceFormat> CSV_SOURCES = List.of(POPULATION, HOUSEHOLDS, POSYANDU, SCHOOLS, MSME,
      BUMDES, IDM, INDEKS_DESA);

  private LakeContract() {}

  /** Every table of the lake. */
  public static List<LakeTable> tables() {
    List<LakeTable> all = new ArrayList<>(List.of(BRONZE_KIOSK_LINES, SILVER_KIOSK_EVENTS,
        QUARANTINE_RECORDS, SYSTEM_INGEST_RUNS, SYSTEM_INGESTED_FILES));
    CSV_SOURCES.forEach(s -> all.addAll(List.of(s.bronze(), s.silver())));
    return List.copyOf(all);
  }

  /** The silver tables: what the warehouse reads. */
  public static List<LakeTable> silverTables() {
    return tables().stream().filter(t -> t.zone() == SILVER).toList();
  }

  /**
   * The tables a warehouse build pins and reads: every silver table, and the lake's own records
   * (the system tables and quarantine) that the data-quality models count; bronze is never read.
   */
  public static List<LakeTable> warehouseSources() {
    List<LakeTable> read = new ArrayList<>(silverTables());
    read.addAll(List.of(SYSTEM_INGEST_RUNS, SYSTEM_INGESTED_FILES, QUARANTINE_RECORDS));
    return List.copyOf(read);
  }

  public static Optional<LakeTable> table(String path) {
    return tables().stream().filter(t -> t.path().equals(path)).findFirst();
  }

  private static CsvSourceFormat csv(String dir, String table, String description, List<String> header,
      List<String> identifiers, List<String> key, String... dataColumns) {
    LakeTable silver = table("silver/" + table, SILVER, description, key, null,
        Stream.concat(Stream.of(dataColumns), Stream.of(LINEAGE)).toArray(String[]::new));
    LakeTable bronze = table("bronze/" + table + "_lines", BRONZE,
        "every " + dir + " row as received (a JSON object of its header names), with lineage",
        List.of("source_file", "line_no"), null,
        "source_file STRING", "line_no LONG", "raw_line STRING IDENTIFIER", "ingest_run_id STRING",
        "ingested_at TIMESTAMP");
    return new CsvSourceFormat(dir, header, identifiers, bronze, silver);
  }

  private static LakeTable table(String path, Zone zone, String description, List<String> key, String partition,
      String... columns) {
    return new LakeTable(path, zone, description, Stream.of(columns).map(LakeContract::column).toList(), key,
        Optional.ofNullable(partition));
  }

  /** {@code "name TYPE [NOT NULL] [personal kind]"}. */
  private static LakeColumn column(String declaration) {
    String[] words = declaration.trim().split("\\s+");
    boolean notNull = declaration.contains(" NOT NULL");
    PersonalData personal = PersonalData.NONE;
    String last = words[words.length - 1];
    if (!last.equals("NULL") && words.length > 2) {
      personal = PersonalData.valueOf(last.toUpperCase(Locale.ROOT));
    }
    return new LakeColumn(words[0], ColumnType.valueOf(words[1]), !notNull, personal);
  }
}
