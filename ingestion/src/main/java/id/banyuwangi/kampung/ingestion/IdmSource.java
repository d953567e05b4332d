package id.banyuwangi.kampung.ingestion;

import id.banyuwangi.kampung.domain.lake.LakeContract;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Contract section 8: the village development index sub-indices (0..1); a year that starts in the future is FUTURE_DATE. */
final class IdmSource extends CsvSource {
  IdmSource() {
    super(LakeContract.IDM);
  }

  @Override
  Object[] values(CsvRecord r) {
    String village = r.village("village_code");
    Integer year = r.integer("year", 1, 9999);
    if (year != null) {
      r.notFuture("year " + year, LocalDate.of(year, 1, 1));
    }
    return new Object[] {village, year, r.decimal("iks", 0, 1), r.decimal("ike", 0, 1), r.decimal("ikl", 0, 1)};
  }
}
