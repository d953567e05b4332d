package id.banyuwangi.kampung.ingestion;

import id.banyuwangi.kampung.domain.lake.LakeContract;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Contract section 2: residents per village, semester end, sex and single year of age. */
final class PopulationSource extends CsvSource {
  PopulationSource() {
    super(LakeContract.POPULATION);
  }

  @Override
  Object[] values(CsvRecord r) {
    String village = r.village("village_code");
    LocalDate asOf = r.date("as_of");
    if (asOf != null) {
      r.rule(asOf.getMonthValue() == 6 && asOf.getDayOfMonth() == 30
          || asOf.getMonthValue() == 12 && asOf.getDayOfMonth() == 31, "as_of " + asOf + " is not a semester end (06-30 or 12-31)");
    }
    return new Object[] {village, asOf, r.oneOf("sex", SEXES), r.integer("age", 0, 100), r.amount("count")};
  }
}
