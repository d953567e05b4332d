package id.banyuwangi.kampung.ingestion;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Contract section 7: village-owned enterprises, one row per village and month; a month that starts in the future is FUTURE_DATE. */
final class BumdesSource extends CsvSource {
  BumdesSource() {
    super("bumdes", "bumdes_monthly", List.of("village_code", "year", "month", "revenue_idr",
            "expenses_idr", "assets_idr"),
        "village_code STRING, year INT, month INT, revenue_idr BIGINT, expenses_idr BIGINT, assets_idr BIGINT",
        List.of("village_code", "year", "month"), Set.of());
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
