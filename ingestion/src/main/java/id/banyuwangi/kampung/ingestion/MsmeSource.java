package id.banyuwangi.kampung.ingestion;

import id.banyuwangi.kampung.domain.lake.ReasonCode;
import id.banyuwangi.kampung.domain.lake.LakeContract;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Contract section 6: micro and small enterprises. {@code kbli_section} is one letter A..U (a letter
 * after U is OUT_OF_RANGE, anything else INVALID_VALUE); {@code closed_on} is empty while open and
 * not before {@code registered_on}.
 */
final class MsmeSource extends CsvSource {
  MsmeSource() {
    super(LakeContract.MSME);
  }

  @Override
  Object[] values(CsvRecord r) {
    String id = r.text("business_id");
    String village = r.village("village_code");
    String kbli = r.text("kbli_section");
    if (kbli != null) {
      if (!kbli.matches("[A-Z]")) {
        r.problem(ReasonCode.INVALID_VALUE, "kbli_section " + r.quoted("kbli_section", kbli) + " is not a KBLI section letter");
      } else {
        r.rule(kbli.charAt(0) <= 'U', "kbli_section " + kbli + " is outside A..U");
      }
    }
    LocalDate registered = r.date("registered_on");
    LocalDate closed = r.optionalDate("closed_on");
    if (registered != null && closed != null) {
      r.rule(!closed.isBefore(registered), "closed_on " + closed + " is before registered_on " + registered);
    }
    return new Object[] {id, village, kbli, registered, closed, r.count("employees"), r.amount("monthly_revenue_idr")};
  }
}
