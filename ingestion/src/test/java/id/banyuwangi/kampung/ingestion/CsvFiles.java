package id.banyuwangi.kampung.ingestion;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Handwritten CSV source files for tests (ingestion time 2024-12-31T00:00Z: a date from 2025-01-02
 * on is in the future). Each fixture line carries the reason it must be quarantined with, or null
 * when it is valid.
 */
final class CsvFiles {
  static final String V1 = "3510012001";   // Sarongan
  static final String V2 = "3510012002";   // Pesanggaran
  static final String NOWHERE = "3510999999";

  /** One line of a fixture file and its expected reason (null: valid). */
  record L(String line, String reason) {}

  static L ok(String line) {
    return new L(line, null);
  }

  static L bad(String reason, String line) {
    return new L(line, reason);
  }

  /** A source's first file: the header and lines covering every reason code that applies. */
  record Fixture(String dir, String file, String header, List<L> lines) {}

  /** Valid rows that the bad lines below vary one field of. */
  static final String HH = "DTKS-0003," + V1 + ",2024,2024-03-15,4,940000,L,45,SD,2,1,4,true,false,PIPED,OWN,PLN_METERED";
  static final String MEASURE = "M99,ANAK-0001," + V1 + ",L,2023-07-11,2024-07-10,9.5,65.0,L";
  static final String STUDENT = "NISN-0001," + V1 + ",L,2017-07-01,2024/2025,SD,1,ACTIVE";
  static final String INDEKS_DESA_HEADER =
      "village_code,year,skor,status,layanan_dasar,sosial,ekonomi,lingkungan,aksesibilitas,tata_kelola";
  static final String INDEKS_DESA = V1 + ",2024,76.45,MAJU,80.1,79.5,70.25,77,75.8,76.05";

  /** {@code line} with field {@code i} (0-based) set to {@code value}. */
  static String with(String line, int i, String value) {
    String[] f = line.split(",", -1);
    f[i] = value;
    return String.join(",", f);
  }

  /** The raw person ids written into any fixture: none may reach silver. */
  static final List<String> PERSON_IDS = List.of("DTKS-0001", "DTKS-0002", "DTKS-0003", "ANAK-0001",
      "ANAK-0002", "NISN-0001", "NISN-0002");

  static final List<Fixture> FIXTURES = List.of(
      new Fixture("population", "siak_2024s1.csv", "village_code,as_of,sex,age,count", List.of(
          ok(V1 + ",2024-06-30,L,30,600"),                                  // 2
          ok(V1 + ",2024-06-30,P,100,40"),                                  // 3
          bad("MALFORMED_ROW", V1 + ",2024-06-30,L,30"),                    // 4 four fields
          bad("MISSING_FIELD", V1 + ",,P,5,10"),                            // 5
          bad("INVALID_VALUE", V1 + ",2024-06-30,X,5,10"),                  // 6
          bad("OUT_OF_RANGE", V1 + ",2024-06-30,P,101,10"),                 // 7 age
          bad("OUT_OF_RANGE", V1 + ",2024-05-31,P,5,10"),                   // 8 not a semester end
          bad("UNKNOWN_VILLAGE", NOWHERE + ",2024-06-30,P,5,10"),           // 9
          bad("FUTURE_DATE", V1 + ",2025-06-30,P,5,10"),                    // 10
          bad("OUT_OF_RANGE", V1 + ",2024-06-30,P,5,-1"),                   // 11 count
          bad("INVALID_VALUE", V1 + ",2024-06-30,P,5,1.5"),                 // 12
          bad("MALFORMED_ROW", "\"" + V1 + ",2024-06-30,P,5,10"),           // 13 unterminated quote
          bad("MISSING_FIELD", ",2025-06-30,P,101,10"))),                   // 14 first failure by priority
      new Fixture("households", "dtks_2024.csv",
          "household_id,village_code,survey_year,survey_date,members,expenditure_idr_month,head_sex,head_age,"
              + "head_education,members_working_age,members_employed,members_jkn,receives_pkh,receives_bpnt,"
              + "water_source,sanitation,electricity", List.of(
          ok("DTKS-0001," + V1 + ",2024,2024-03-15,4,940000,L,45,SD,2,1,4,true,false,PIPED,OWN,PLN_METERED"),
          ok("DTKS-0002," + V2 + ",2024,2024-03-16,1,0,P,70,NONE,0,0,0,false,true,SPRING,NONE,NONE"),
          bad("MALFORMED_ROW", HH + ",extra"),
          bad("MISSING_FIELD", with(HH, 0, "")),
          bad("INVALID_VALUE", with(HH, 12, "ya")),
          bad("INVALID_VALUE", with(HH, 8, "S3")),
          bad("OUT_OF_RANGE", with(with(with(with(HH, 4, "0"), 9, "0"), 10, "0"), 11, "0")),   // members 0
          bad("OUT_OF_RANGE", with(HH, 5, "-1")),                                             // expenditure
          bad("OUT_OF_RANGE", with(HH, 10, "3")),                                             // employed > working age
          bad("OUT_OF_RANGE", with(HH, 9, "5")),                                              // working age > members
          bad("OUT_OF_RANGE", with(HH, 11, "5")),                                             // jkn > members
          bad("UNKNOWN_VILLAGE", with(HH, 1, NOWHERE)),
          bad("FUTURE_DATE", with(with(HH, 2, "2025"), 3, "2025-02-01")))),
      new Fixture("posyandu", "ppgbm_2024-07.csv",
          "measurement_id,child_id,village_code,sex,birth_date,measured_on,weight_kg,height_cm,position", List.of(
          ok(with(MEASURE, 0, "M01")),
          ok("M02,ANAK-0002," + V1 + ",P,2020-03-01,2024-05-01,17,,"),                  // weight only
          bad("MALFORMED_ROW", MEASURE.substring(0, MEASURE.lastIndexOf(','))),
          bad("MISSING_FIELD", with(MEASURE, 1, "")),
          bad("MISSING_FIELD", with(with(with(MEASURE, 6, ""), 7, ""), 8, "")),
          bad("MISSING_FIELD", with(MEASURE, 8, "")),
          bad("INVALID_VALUE", with(MEASURE, 8, "X")),
          bad("INVALID_VALUE", with(MEASURE, 6, "9.5kg")),
          bad("INVALID_VALUE", with(MEASURE, 4, "2023-02-30")),
          bad("OUT_OF_RANGE", with(MEASURE, 4, "2019-07-09")),                          // 1828 days
          bad("OUT_OF_RANGE", with(MEASURE, 4, "2024-07-11")),                          // born after
          bad("OUT_OF_RANGE", with(MEASURE, 6, "0.5")),
          bad("OUT_OF_RANGE", with(MEASURE, 7, "151")),
          bad("UNKNOWN_VILLAGE", with(MEASURE, 2, NOWHERE)),
          bad("FUTURE_DATE", with(MEASURE, 5, "2025-01-05")))),
      new Fixture("schools", "dapodik_2024.csv", "student_id,village_code,sex,birth_date,school_year,level,grade,status", List.of(
          ok(STUDENT),
          ok("NISN-0002," + V2 + ",P,2007-05-05,2024/2025,SMA,11,DROPPED_OUT"),
          bad("MALFORMED_ROW", with(STUDENT, 4, "\"2024/2025\"x")),
          bad("MISSING_FIELD", with(STUDENT, 6, "")),
          bad("INVALID_VALUE", with(STUDENT, 4, "2024/2026")),
          bad("INVALID_VALUE", with(with(STUDENT, 5, "SMK"), 6, "11")),
          bad("INVALID_VALUE", with(STUDENT, 7, "LULUS")),
          bad("OUT_OF_RANGE", with(STUDENT, 6, "7")),
          bad("OUT_OF_RANGE", with(with(STUDENT, 5, "SMA"), 6, "13")),
          bad("UNKNOWN_VILLAGE", with(STUDENT, 1, NOWHERE)),
          bad("FUTURE_DATE", with(STUDENT, 3, "2025-03-01")))),
      new Fixture("msme", "umkm_2024.csv", "business_id,village_code,kbli_section,registered_on,closed_on,employees,monthly_revenue_idr", List.of(
          ok("B01," + V1 + ",G,2023-03-01,,2,5000000"),
          ok("B02," + V2 + ",U,2022-01-10,2023-05-05,0,0"),
          bad("MALFORMED_ROW", "B03," + V1 + ",G,2023-03-01,,2"),
          bad("MISSING_FIELD", "B04," + V1 + ",G,,,2,5000000"),
          bad("INVALID_VALUE", "B05," + V1 + ",1,2023-03-01,,2,5000000"),
          bad("INVALID_VALUE", "B06," + V1 + ",G,2023-03-01,,2,\"5,000,000\""),
          bad("OUT_OF_RANGE", "B07," + V1 + ",V,2023-03-01,,2,5000000"),
          bad("OUT_OF_RANGE", "B08," + V1 + ",G,2023-03-01,,-1,5000000"),
          bad("OUT_OF_RANGE", "B09," + V1 + ",G,2023-03-01,2023-02-28,2,5000000"),
          bad("UNKNOWN_VILLAGE", "B10," + NOWHERE + ",G,2023-03-01,,2,5000000"),
          bad("FUTURE_DATE", "B11," + V1 + ",G,2025-01-10,,2,5000000"))),
      new Fixture("bumdes", "bumdes_2024.csv", "village_code,year,month,revenue_idr,expenses_idr,assets_idr", List.of(
          ok(V1 + ",2024,1,100000000,1000,9000"),
          ok(V1 + ",2024,12,0,0,0"),
          bad("MALFORMED_ROW", V1 + ",2024,2,100,1000,9000,"),
          bad("MISSING_FIELD", V1 + ",,2,100,1000,9000"),
          bad("INVALID_VALUE", V1 + ",2024,2,\"1,000\",1000,9000"),
          bad("OUT_OF_RANGE", V1 + ",2024,13,100,1000,9000"),
          bad("OUT_OF_RANGE", V1 + ",2024,2,100,-5,9000"),
          bad("UNKNOWN_VILLAGE", NOWHERE + ",2024,2,100,1000,9000"),
          bad("FUTURE_DATE", V1 + ",2025,2,100,1000,9000"))),
      new Fixture("idm", "idm_2024.csv", "village_code,year,iks,ike,ikl", List.of(
          ok(V1 + ",2024,0.7072,0.7072,0.7072"),
          ok(V2 + ",2024,0,1,0.5"),
          bad("MALFORMED_ROW", ""),                                          // an empty line
          bad("MISSING_FIELD", V1 + ",2023,,0.5,0.5"),
          bad("INVALID_VALUE", V1 + ",2023,\"0,5\",0.5,0.5"),
          bad("INVALID_VALUE", V1 + ",2023,NaN,0.5,0.5"),
          bad("OUT_OF_RANGE", V1 + ",2023,0.5,1.2,0.5"),
          bad("UNKNOWN_VILLAGE", NOWHERE + ",2023,0.5,0.5,0.5"),
          bad("FUTURE_DATE", V1 + ",2026,0.5,0.5,0.5"))),
      new Fixture("indeks_desa", "indeks_desa_2024.csv", INDEKS_DESA_HEADER, List.of(
          ok(V1 + ",2024,76.45,MAJU,80.1,79.5,70.25,77,75.8,76.05"),
          ok(V2 + ",2024,0,SANGAT_TERTINGGAL,0,0,0,0,0,100"),                 // the bounds are in range
          ok(V2 + ",2025,85,BERKEMBANG,85,85,85,85,85,85"),                   // 2025 starts within a day; status as published
          bad("MALFORMED_ROW", V1 + ",2024,76.45,MAJU,80.1,79.5,70.25,77,75.8"),
          bad("MISSING_FIELD", with(INDEKS_DESA, 3, "")),                     // status
          bad("MISSING_FIELD", with(INDEKS_DESA, 9, "")),                     // tata_kelola
          bad("MISSING_FIELD", with(with(INDEKS_DESA, 1, ""), 3, "Maju")),    // first failure by priority
          bad("INVALID_VALUE", with(INDEKS_DESA, 3, "Maju")),
          bad("INVALID_VALUE", with(INDEKS_DESA, 3, "SANGAT TERTINGGAL")),
          bad("INVALID_VALUE", with(INDEKS_DESA, 2, "\"76,45\"")),
          bad("INVALID_VALUE", with(INDEKS_DESA, 6, "n/a")),
          bad("OUT_OF_RANGE", with(INDEKS_DESA, 2, "100.01")),
          bad("OUT_OF_RANGE", with(INDEKS_DESA, 6, "-0.5")),
          bad("OUT_OF_RANGE", with(INDEKS_DESA, 1, "2023")),                  // an IDM year
          bad("UNKNOWN_VILLAGE", with(INDEKS_DESA, 0, NOWHERE)),
          bad("FUTURE_DATE", with(INDEKS_DESA, 1, "2026")))));

  private CsvFiles() {}

  static Path write(Path source, String dir, String file, String header, List<String> lines) throws IOException {
    Path d = Files.createDirectories(source.resolve(dir));
    List<String> all = new ArrayList<>();
    all.add(header);
    all.addAll(lines);
    return Files.writeString(d.resolve(file), String.join("\n", all) + "\n", StandardCharsets.UTF_8);
  }

  static Path write(Path source, Fixture f) throws IOException {
    return write(source, f.dir(), f.file(), f.header(), f.lines().stream().map(L::line).toList());
  }

  /** A file whose header lacks the source's last column (and has two data rows, not read). */
  static Path writeMissingColumn(Path source, Fixture f) throws IOException {
    String header = f.header().substring(0, f.header().lastIndexOf(','));
    return write(source, f.dir(), "0_old_export.csv", header, List.of("a,b", "c,d"));
  }

  /** The expected quarantine of a fixture file: "dir|file|line" -> reason. */
  static Map<String, String> expectedQuarantine(Fixture f) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < f.lines().size(); i++) {
      if (f.lines().get(i).reason() != null) {
        m.put(f.dir() + "|" + f.file() + "|" + (i + 2), f.lines().get(i).reason());
      }
    }
    return m;
  }
}
