package id.banyuwangi.kampung.ingestion;

import id.banyuwangi.kampung.domain.lake.LakeContract;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Contract section 7: village-owned enterprises, one row per village and month; a month that starts in the future is FUTURE_DATE. */
final class BumdesSource extends CsvSource {
  BumdesSource() {
    super(LakeContract.BUMDES);
  }

  @Override
  Object[] values(CsvRecord r) {
    String village = r.village("village_code");
    Integer year = r.integer("year", 1, 9999);
    Integer month = r.integer("month", 1, 12);
    if (year != null && month != null) {
      r.notFuture("month " + year + "-" + month, LocalDate.of(year, month, 1));
    }
    return new Object[] {village, year, month, r.amount("revenue_idr"), r.amount("expenses_idr"), r.amount("assets_idr")};
  }
}
