package id.banyuwangi.kampung.ingestion;

import id.banyuwangi.kampung.domain.lake.ReasonCode;
import id.banyuwangi.kampung.domain.lake.LakeContract;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/**
 * Contract section 4: child growth measurements. {@code age_days} = measured_on - birth_date, which
 * must be 0..1826. A measurement may lack the length/height (weight only) or the weight, not both;
 * a length/height needs its position.
 */
final class PosyanduSource extends CsvSource {
  static final int MAX_AGE_DAYS = 1826;

  PosyanduSource() {
    super(LakeContract.POSYANDU);
  }

  @Override
  Object[] values(CsvRecord r) {
    String id = r.text("measurement_id");
    String child = r.pseudonym("child_id", "child");
    String village = r.village("village_code");
    String sex = r.oneOf("sex", SEXES);
    LocalDate birth = r.date("birth_date");
    LocalDate measured = r.date("measured_on");
    Double weight = r.optionalDecimal("weight_kg", 0.9, 58);
    Double height = r.optionalDecimal("height_cm", 38, 150);
    String position = r.optionalText("position");
    if (r.optionalText("weight_kg") == null && r.optionalText("height_cm") == null) {
      r.problem(ReasonCode.MISSING_FIELD, "weight_kg or height_cm is required");
    }
    if (position == null && r.optionalText("height_cm") != null) {
      r.problem(ReasonCode.MISSING_FIELD, "position is required with height_cm");
    } else if (position != null && !Set.of("L", "H").contains(position)) {
      r.problem(ReasonCode.INVALID_VALUE, "position " + r.quoted("position", position) + " is not L or H");
    }
    Integer ageDays = null;
    if (birth != null && measured != null) {
      long days = ChronoUnit.DAYS.between(birth, measured);
      r.rule(days >= 0 && days <= MAX_AGE_DAYS, "age at measurement " + days + " days is outside 0.." + MAX_AGE_DAYS);
      ageDays = (int) days;
    }
    return new Object[] {id, child, village, sex, birth, measured, ageDays, weight, height, position};
  }
}
