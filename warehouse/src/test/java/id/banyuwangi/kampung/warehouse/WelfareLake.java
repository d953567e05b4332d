package id.banyuwangi.kampung.warehouse;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A hand-made lake for the household, economy and development marts: eight households of the 2024
 * survey in two villages of kecamatan Pesanggaran (351001), plus one 2025 household (a survey year
 * without a shipped poverty line); enterprises, population, BUMDes months and IDM sub-indices.
 * The expected values are worked out by hand in {@link WelfareMartsTest}.
 */
public final class WelfareLake {
  public static final String SARONGAN = "3510012001";     // kecamatan 351001 Pesanggaran
  public static final String PESANGGARAN = "3510012002";  // kecamatan 351001 Pesanggaran
  public static final String SUMBERAGUNG = "3510012004";  // kecamatan 351001 Pesanggaran
  public static final String KANDANGAN = "3510012009";    // kecamatan 351001 Pesanggaran
  public static final String SUKOREJO = "3510022001";     // kecamatan 351002 Bangorejo

  /** One row of silver/households (head_* columns are not used by any indicator and are fixed). */
  record Household(String key, String village, int year, int members, long expenditure, int workingAge,
      int employed, int jkn, boolean pkh, boolean bpnt, String water, String sanitation, String electricity) {}

  // The poverty line of 2024 is 470,713 rupiah per capita per month.
  static final List<Household> HOUSEHOLDS = List.of(
      // Sarongan: 14 persons
      new Household("H1", SARONGAN, 2024, 4, 940_000, 2, 1, 4, true, false, "PIPED", "OWN", "PLN_METERED"),           // y 235,000: poor
      new Household("H2", SARONGAN, 2024, 3, 1_412_139, 2, 2, 0, true, false, "UNPROTECTED_WELL", "SHARED", "PLN_UNMETERED"), // y = z exactly: not poor
      new Household("H3", SARONGAN, 2024, 2, 0, 1, 0, 2, false, false, "SURFACE", "NONE", "NONE"),                   // y 0: poor, gap 1
      new Household("H4", SARONGAN, 2024, 5, 3_000_000, 3, 3, 5, false, false, "BOTTLED", "OWN", "NON_PLN"),         // y 600,000
      // Pesanggaran: 13 persons
      new Household("H5", PESANGGARAN, 2024, 6, 2_400_000, 4, 2, 3, false, true, "PROTECTED_WELL", "OWN", "NONE"),   // y 400,000: poor
      new Household("H6", PESANGGARAN, 2024, 1, 500_000, 1, 1, 1, false, true, "SPRING", "OWN", "PLN_METERED"),      // y 500,000
      new Household("H7", PESANGGARAN, 2024, 4, 1_600_000, 2, 1, 4, false, false, "UNPROTECTED_WELL", "SHARED", "PLN_METERED"), // y 400,000: poor
      new Household("H8", PESANGGARAN, 2024, 2, 1_000_000, 2, 2, 2, false, false, "PIPED", "NONE", "NON_PLN"),       // y 500,000
      // 2025 has no shipped poverty line: no poverty values, but JKN and the others (3 persons: a small cell)
      new Household("H9", SARONGAN, 2025, 3, 300_000, 2, 1, 3, true, true, "PIPED", "OWN", "PLN_METERED"));

  private WelfareLake() {}

  public static Path write(Path lake) {
    DeltaTestTables households = DeltaTestTables.households(lake);
    households.commit(List.of(households.writeFile("part-00000.parquet", households(HOUSEHOLDS))), List.of());

    DeltaTestTables enterprises = DeltaTestTables.enterprises(lake);
    enterprises.commit(List.of(enterprises.writeFile("part-00000.parquet", rows(
        // business_id, village, registered_on, closed_on
        enterprise("E1", SARONGAN, "2023-03-01", null),
        enterprise("E2", SARONGAN, "2023-06-01", "2024-12-31"),  // closed on the 2024 year end: not active then
        enterprise("E3", SARONGAN, "2024-12-31", null),          // registered on the 2024 year end: active then
        enterprise("E4", SARONGAN, "2022-01-10", "2023-05-05"),
        enterprise("E5", PESANGGARAN, "2024-02-02", null)))), List.of());

    DeltaTestTables population = DeltaTestTables.population(lake);
    population.commit(List.of(population.writeFile("part-00000.parquet", rows(
        resident(SARONGAN, "2024-06-30", "L", 30, 600),
        resident(SARONGAN, "2024-06-30", "P", 30, 400),
        resident(SARONGAN, "2024-12-31", "L", 30, 500),
        resident(SARONGAN, "2024-12-31", "P", 31, 300),
        resident(SARONGAN, "2025-06-30", "L", 30, 5000),        // after the 2024 year end: not used for 2024
        resident(PESANGGARAN, "2024-12-31", "P", 5, 200)))), List.of());

    DeltaTestTables bumdes = DeltaTestTables.bumdesMonthly(lake);
    bumdes.commit(List.of(bumdes.writeFile("part-00000.parquet", rows(
        bumdesMonth(SARONGAN, 2023, 12, 7_000_000),
        bumdesMonth(SARONGAN, 2024, 1, 100_000_000),
        bumdesMonth(SARONGAN, 2024, 2, 200_000_000),
        bumdesMonth(SARONGAN, 2024, 3, 300_000_000),
        bumdesMonth(SARONGAN, 2024, 4, 400_000_000),
        bumdesMonth(SARONGAN, 2024, 12, 1_000_000_000),
        bumdesMonth(PESANGGARAN, 2024, 3, 50_000_000)))), List.of());

    DeltaTestTables idm = DeltaTestTables.idm(lake);
    idm.commit(List.of(idm.writeFile("part-00000.parquet", rows(
        idm(SARONGAN, 2023, 0.5, 0.5, 0.5),
        idm(SARONGAN, 2024, 0.7072, 0.7072, 0.7072),          // exactly the MAJU lower bound: BERKEMBANG
        idm(PESANGGARAN, 2024, 0.70721, 0.70721, 0.70721),    // just above: MAJU
        idm(SUMBERAGUNG, 2024, 0.9, 0.8, 0.7),                // 0.8: MAJU
        idm(KANDANGAN, 2024, 0.4907, 0.4907, 0.4907),         // exactly the TERTINGGAL lower bound: SANGAT_TERTINGGAL
        idm(SUKOREJO, 2024, 0.85, 0.82, 0.80)))), List.of()); // 0.82333: MANDIRI

    // The Indeks Desa of 2024 as published (statuses taken as they are). Kecamatan Pesanggaran:
    // four villages, one of each of MANDIRI, MAJU, BERKEMBANG, TERTINGGAL; Sukorejo (Bangorejo) MANDIRI.
    DeltaTestTables indeksDesa = DeltaTestTables.indeksDesa(lake);
    String first = indeksDesa.writeFile("part-00000.parquet", rows(
        // village, year, skor, status, layanan_dasar, sosial, ekonomi, lingkungan, aksesibilitas, tata_kelola
        indeksDesa(SARONGAN, 2024, 72.50, "MAJU", 70, 75, 68, 80, 65, 77),
        indeksDesa(PESANGGARAN, 2024, 81.25, "MANDIRI", 85, 80, 78, 82, 79, 84),
        indeksDesa(SUMBERAGUNG, 2024, 64.00, "BERKEMBANG", 60, 66, 62, 70, 58, 68),
        indeksDesa(KANDANGAN, 2024, 58.40, "TERTINGGAL", 55, 60, 57, 62, 54, 61),
        indeksDesa(SUKOREJO, 2024, 90.10, "MANDIRI", 92, 88, 91, 89, 90, 91)));
    indeksDesa.commit(List.of(first), List.of());
    return lake;
  }

  private static String indeksDesa(String village, int year, double skor, String status, double... dimensions) {
    String[] names = {"layanan_dasar", "sosial", "ekonomi", "lingkungan", "aksesibilitas", "tata_kelola"};
    List<String> columns = new java.util.ArrayList<>(List.of(text(village) + " AS village_code",
        year + "::INTEGER AS year", skor + "::DOUBLE AS skor", text(status) + " AS status"));
    for (int i = 0; i < names.length; i++) {
      columns.add(dimensions[i] + "::DOUBLE AS " + names[i]);
    }
    columns.add(lineage());
    return "SELECT " + String.join(", ", columns);
  }

  static String households(List<Household> households) {
    return households.stream().map(h -> "SELECT " + String.join(", ",
            text(h.key()) + " AS household_key",
            text(h.village()) + " AS village_code",
            h.year() + "::INTEGER AS survey_year",
            "DATE '" + h.year() + "-03-15' AS survey_date",
            h.members() + "::INTEGER AS members",
            h.expenditure() + "::BIGINT AS expenditure_idr_month",
            "'L' AS head_sex",
            "45::INTEGER AS head_age",
            "'SMA' AS head_education",
            h.workingAge() + "::INTEGER AS members_working_age",
            h.employed() + "::INTEGER AS members_employed",
            h.jkn() + "::INTEGER AS members_jkn",
            h.pkh() + " AS receives_pkh",
            h.bpnt() + " AS receives_bpnt",
            text(h.water()) + " AS water_source",
            text(h.sanitation()) + " AS sanitation",
            text(h.electricity()) + " AS electricity",
            lineage()))
        .collect(Collectors.joining("\nUNION ALL "));
  }

  private static String enterprise(String id, String village, String registered, String closed) {
    return "SELECT " + String.join(", ", text(id) + " AS business_id", text(village) + " AS village_code",
        "'G' AS kbli_section", "DATE '" + registered + "' AS registered_on",
        (closed == null ? "NULL::DATE" : "DATE '" + closed + "'") + " AS closed_on",
        "2::INTEGER AS employees", "5000000::BIGINT AS monthly_revenue_idr", lineage());
  }

  private static String resident(String village, String asOf, String sex, int age, long count) {
    return "SELECT " + String.join(", ", text(village) + " AS village_code", "DATE '" + asOf + "' AS as_of",
        text(sex) + " AS sex", age + "::INTEGER AS age", count + "::BIGINT AS count", lineage());
  }

  private static String bumdesMonth(String village, int year, int month, long revenue) {
    return "SELECT " + String.join(", ", text(village) + " AS village_code", year + "::INTEGER AS year",
        month + "::INTEGER AS month", revenue + "::BIGINT AS revenue_idr", "1000::BIGINT AS expenses_idr",
        "9000::BIGINT AS assets_idr", lineage());
  }

  private static String idm(String village, int year, double iks, double ike, double ikl) {
    return "SELECT " + String.join(", ", text(village) + " AS village_code", year + "::INTEGER AS year",
        iks + "::DOUBLE AS iks", ike + "::DOUBLE AS ike", ikl + "::DOUBLE AS ikl", lineage());
  }

  private static String rows(String... selects) {
    return String.join("\nUNION ALL ", selects);
  }

  private static String lineage() {
    return "'fixture.csv' AS source_file, 1::BIGINT AS line_no, 'run-1' AS ingest_run_id";
  }

  private static String text(String value) {
    return value == null ? "NULL::VARCHAR" : "'" + value + "'";
  }
}
