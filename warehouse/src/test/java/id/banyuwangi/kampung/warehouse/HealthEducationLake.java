package id.banyuwangi.kampung.warehouse;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A hand-made lake for the HEALTH growth indicators and the EDUCATION indicators: child
 * measurements, school enrolments and population in three villages, chosen so that each expected
 * value can be worked out by hand in {@link HealthEducationMartsTest}.
 *
 * <p>The measurements use five shapes whose WHO z-scores (rounded as WHO anthro rounds them) are:
 * <ul>
 *   <li>N: boy 365 d, 9.6 kg, lying 75.5 cm (or girl 365 d, 8.9 kg, 74 cm): all three near 0;
 *   <li>S: boy 365 d, 9.5 kg, lying 65 cm: HAZ -4.52 (stunted), WAZ -0.14, WHZ +3.12;
 *   <li>F: boy 406 d, 9.5 kg, lying 40 cm: HAZ -15.27, flagged (|HAZ| &gt; 6); WAZ -0.42 valid;
 *       WHZ NULL (40 cm is below the weight-for-length table);
 *   <li>W: boy 200 d, 5.0 kg, lying 60 cm: HAZ -3.95, WAZ -4.20, WHZ -2.24 (all three below -2).
 * </ul>
 * plus two rows that are WHO anthro's own test vectors (test_vectors_anthro_unit.csv cases 2, 3).
 */
final class HealthEducationLake {
  static final String SARONGAN = "3510012001";     // kecamatan 351001 Pesanggaran
  static final String PESANGGARAN = "3510012002";  // kecamatan 351001 Pesanggaran
  static final String SUMBERAGUNG = "3510012004";  // kecamatan 351001 Pesanggaran
  static final String SUKOREJO = "3510022001";     // kecamatan 351002 Bangorejo

  /** One row of silver/child_measurements; birth_date = measured_on - age_days. */
  record Child(String id, String child, String village, String sex, String measuredOn, int ageDays,
      Double weightKg, Double heightCm, String position) {}

  static final List<Child> MEASUREMENTS = List.of(
      // C1 in Sarongan: stunted in July (S), then in August a flagged HAZ (F): Q3 falls back to July
      new Child("M01", "C1", SARONGAN, "L", "2024-07-10", 365, 9.5, 65.0, "L"),
      new Child("M02", "C1", SARONGAN, "L", "2024-08-20", 406, 9.5, 40.0, "L"),
      // C2 measured twice in July: one child
      new Child("M03", "C2", SARONGAN, "P", "2024-07-05", 365, 8.9, 74.0, "L"),
      new Child("M04", "C2", SARONGAN, "P", "2024-07-25", 385, 8.9, 74.0, "L"),
      new Child("M05", "C3", SARONGAN, "L", "2024-07-15", 365, 9.6, 75.5, "L"),
      new Child("M06", "C7", SARONGAN, "P", "2024-07-16", 365, 8.9, 74.0, "L"),
      // C6 moves: latest July measurement in Pesanggaran, so it counts there
      new Child("M07", "C6", SARONGAN, "L", "2024-07-01", 365, 9.6, 75.5, "L"),
      new Child("M08", "C6", PESANGGARAN, "L", "2024-07-28", 392, 9.6, 75.5, "L"),
      new Child("M09", "C4", PESANGGARAN, "L", "2024-07-12", 200, 5.0, 60.0, "L"),
      // C5: two measurements on the same day; the higher measurement_id (M10b, stunted) counts
      new Child("M10a", "C5", PESANGGARAN, "L", "2024-07-20", 365, 9.6, 75.5, "L"),
      new Child("M10b", "C5", PESANGGARAN, "L", "2024-07-20", 365, 9.5, 65.0, "L"),
      // March: Sarongan has no population date before 31 March, so no coverage
      new Child("M11", "C8", SARONGAN, "P", "2024-03-10", 365, 8.9, 74.0, "L"),
      // WHO case 2: girl 1522 days, 17 kg -> WAZ 0.24 (no length: HAZ and WHZ NULL)
      new Child("M12", "C9", SUKOREJO, "P", "2024-05-01", 1522, 17.0, null, null),
      // WHO case 3: boy 987 days lying 72.86 cm -> adjusted 72.16 cm, HAZ -6.09 flagged
      new Child("M13", "C10", SUKOREJO, "L", "2024-05-02", 987, 11.0, 72.86, "L"));

  /** One row of silver/school_enrolments. */
  record Student(String id, String village, String sex, String birthDate, String schoolYear, String level, int grade,
      String status) {}

  static final List<Student> STUDENTS = List.of(
      // Sarongan 2024/2025 (ages on 1 July 2024)
      new Student("S1", SARONGAN, "L", "2017-07-01", "2024/2025", "SD", 1, "ACTIVE"),       // 7: APM
      new Student("S2", SARONGAN, "L", "2017-07-02", "2024/2025", "SD", 1, "ACTIVE"),       // 6: APK only
      new Student("S3", SARONGAN, "P", "2012-01-15", "2024/2025", "SD", 6, "ACTIVE"),       // 12: APM
      new Student("S4", SARONGAN, "L", "2011-07-01", "2024/2025", "SD", 6, "ACTIVE"),       // 13: APK only
      new Student("S5", SARONGAN, "P", "2016-03-03", "2024/2025", "SD", 3, "DROPPED_OUT"),  // not active
      new Student("S6", SARONGAN, "L", "2010-07-01", "2024/2025", "SMP", 8, "ACTIVE"),      // 14: APM
      new Student("S7", SARONGAN, "L", "2009-01-01", "2024/2025", "SMP", 9, "GRADUATED"),
      new Student("S8", SARONGAN, "L", "2007-05-05", "2024/2025", "SMA", 11, "DROPPED_OUT"),
      new Student("S9", SARONGAN, "L", "2006-07-02", "2024/2025", "SMA", 12, "ACTIVE"),     // 17: APM
      // Pesanggaran: population only at 2025-06-30, not 2024-06-30: no APM/APK, dropout yes
      new Student("S10", PESANGGARAN, "L", "2016-01-01", "2024/2025", "SD", 3, "ACTIVE"),
      new Student("S11", PESANGGARAN, "L", "2016-02-02", "2024/2025", "SD", 3, "TRANSFERRED_OUT"),
      // 2023/2024: no population at 2023-06-30 anywhere: dropout only
      new Student("S12", SARONGAN, "L", "2010-01-01", "2023/2024", "SMP", 8, "DROPPED_OUT"));

  private HealthEducationLake() {}

  static Path write(Path lake) {
    DeltaTestTables measurements = DeltaTestTables.childMeasurements(lake);
    measurements.commit(List.of(measurements.writeFile("part-00000.parquet", measurements(MEASUREMENTS))), List.of());

    DeltaTestTables enrolments = DeltaTestTables.schoolEnrolments(lake);
    enrolments.commit(List.of(enrolments.writeFile("part-00000.parquet", students(STUDENTS))), List.of());

    DeltaTestTables population = DeltaTestTables.population(lake);
    population.commit(List.of(population.writeFile("part-00000.parquet", String.join("\nUNION ALL ",
        // Sarongan 30 June 2024: aged 0-4 = 10 + 10 = 20; 7-12 = 20; 13-15 = 10; 16-18 = 8
        resident(SARONGAN, "2024-06-30", "L", 0, 10),
        resident(SARONGAN, "2024-06-30", "P", 4, 10),
        resident(SARONGAN, "2024-06-30", "L", 5, 100),
        resident(SARONGAN, "2024-06-30", "L", 6, 100),
        resident(SARONGAN, "2024-06-30", "L", 7, 10),
        resident(SARONGAN, "2024-06-30", "P", 12, 10),
        resident(SARONGAN, "2024-06-30", "L", 13, 5),
        resident(SARONGAN, "2024-06-30", "P", 15, 5),
        resident(SARONGAN, "2024-06-30", "L", 18, 8),
        // Sarongan 31 December 2024: aged 0-4 = 30 + 10 = 40
        resident(SARONGAN, "2024-12-31", "L", 2, 30),
        resident(SARONGAN, "2024-12-31", "P", 3, 10),
        resident(SARONGAN, "2024-12-31", "L", 19, 500),
        // Sumberagung: 5 under-fives, no child measured
        resident(SUMBERAGUNG, "2024-06-30", "L", 1, 5),
        // Pesanggaran: after every health period, and not the education date
        resident(PESANGGARAN, "2025-06-30", "L", 8, 50)))), List.of());
    return lake;
  }

  static String measurements(List<Child> rows) {
    return rows.stream().map(m -> "SELECT " + String.join(", ",
            text(m.id()) + " AS measurement_id",
            text(m.child()) + " AS child_key",
            text(m.village()) + " AS village_code",
            text(m.sex()) + " AS sex",
            "DATE '" + m.measuredOn() + "' - " + m.ageDays() + " AS birth_date",
            "DATE '" + m.measuredOn() + "' AS measured_on",
            m.ageDays() + "::INTEGER AS age_days",
            (m.weightKg() == null ? "NULL" : m.weightKg().toString()) + "::DOUBLE AS weight_kg",
            (m.heightCm() == null ? "NULL" : m.heightCm().toString()) + "::DOUBLE AS height_cm",
            text(m.position()) + " AS position",
            lineage()))
        .collect(Collectors.joining("\nUNION ALL "));
  }

  static String students(List<Student> rows) {
    return rows.stream().map(s -> "SELECT " + String.join(", ",
            text(s.id()) + " AS student_key",
            text(s.village()) + " AS village_code",
            text(s.sex()) + " AS sex",
            "DATE '" + s.birthDate() + "' AS birth_date",
            text(s.schoolYear()) + " AS school_year",
            text(s.level()) + " AS level",
            s.grade() + "::INTEGER AS grade",
            text(s.status()) + " AS status",
            lineage()))
        .collect(Collectors.joining("\nUNION ALL "));
  }

  static String resident(String village, String asOf, String sex, int age, long count) {
    return "SELECT " + String.join(", ", text(village) + " AS village_code", "DATE '" + asOf + "' AS as_of",
        text(sex) + " AS sex", age + "::INTEGER AS age", count + "::BIGINT AS count", lineage());
  }

  private static String lineage() {
    return "'fixture.csv' AS source_file, 1::BIGINT AS line_no, 'run-1' AS ingest_run_id";
  }

  private static String text(String value) {
    return value == null ? "NULL::VARCHAR" : "'" + value + "'";
  }
}
