package id.banyuwangi.kampung.ingestion;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Contract section 9: the Indeks Desa, from 2024. The total and the six dimension scores are
 * 0..100; the status is kept as published (the ministry's bands may change between years, so it is
 * never recomputed from the score) and must be one of the five; a year before 2024 is OUT_OF_RANGE,
 * a year that starts in the future FUTURE_DATE.
 */
final class IndeksDesaSource extends CsvSource {
  static final int FIRST_YEAR = 2024;
  static final Set<String> STATUSES = Set.of("MANDIRI", "MAJU", "BERKEMBANG", "TERTINGGAL", "SANGAT_TERTINGGAL");
  static final List<String> DIMENSIONS = List.of("layanan_dasar", "sosial", "ekonomi", "lingkungan", "aksesibilitas",
      "tata_kelola");

  IndeksDesaSource() {
    super("indeks_desa", "indeks_desa", List.of("village_code", "year", "skor", "status", "layanan_dasar", "sosial",
            "ekonomi", "lingkungan", "aksesibilitas", "tata_kelola"),
        "village_code STRING, year INT, skor DOUBLE, status STRING, layanan_dasar DOUBLE, sosial DOUBLE,"
            + " ekonomi DOUBLE, lingkungan DOUBLE, aksesibilitas DOUBLE, tata_kelola DOUBLE",
        List.of("village_code", "year"), Set.of());
  }

  @Override
  Object[] values(CsvRecord r) {
    Object[] v = new Object[4 + DIMENSIONS.size()];
    v[0] = r.village("village_code");
    Integer year = r.integer("year", FIRST_YEAR, 9999);
    if (year != null) {
      r.notFuture("year " + year, LocalDate.of(year, 1, 1));
    }
    v[1] = year;
    v[2] = r.decimal("skor", 0, 100);
    v[3] = r.oneOf("status", STATUSES);
    for (int i = 0; i < DIMENSIONS.size(); i++) {
      v[4 + i] = r.decimal(DIMENSIONS.get(i), 0, 100);
    }
    return v;
  }
}
