package id.banyuwangi.kampung.ingestion;

import id.banyuwangi.kampung.domain.lake.LakeContract;
import java.util.List;
import java.util.Set;

/** Contract section 3: the household welfare survey (DTKS-style), one row per household and year. */
final class HouseholdSource extends CsvSource {
  static final Set<String> EDUCATION = Set.of("NONE", "SD", "SMP", "SMA", "DIPLOMA", "S1PLUS");
  static final Set<String> WATER = Set.of("PIPED", "PROTECTED_WELL", "UNPROTECTED_WELL", "SPRING", "SURFACE", "BOTTLED");
  static final Set<String> SANITATION = Set.of("OWN", "SHARED", "NONE");
  static final Set<String> ELECTRICITY = Set.of("PLN_METERED", "PLN_UNMETERED", "NON_PLN", "NONE");

  HouseholdSource() {
    super(LakeContract.HOUSEHOLDS);
  }

  @Override
  Object[] values(CsvRecord r) {
    Object[] v = {r.pseudonym("household_id", "household"), r.village("village_code"),
        r.integer("survey_year", 0, 9999), r.date("survey_date"), r.integer("members", 1, Integer.MAX_VALUE),
        r.amount("expenditure_idr_month"), r.oneOf("head_sex", SEXES), r.count("head_age"),
        r.oneOf("head_education", EDUCATION), r.count("members_working_age"), r.count("members_employed"),
        r.count("members_jkn"), r.bool("receives_pkh"), r.bool("receives_bpnt"),
        r.oneOf("water_source", WATER), r.oneOf("sanitation", SANITATION), r.oneOf("electricity", ELECTRICITY)};
    Integer members = (Integer) v[4];
    Integer workingAge = (Integer) v[9];
    Integer employed = (Integer) v[10];
    Integer jkn = (Integer) v[11];
    if (employed != null && workingAge != null) {
      r.rule(employed <= workingAge, "members_employed " + employed + " > members_working_age " + workingAge);
    }
    if (members != null) {
      if (workingAge != null) {
        r.rule(workingAge <= members, "members_working_age " + workingAge + " > members " + members);
      }
      if (jkn != null) {
        r.rule(jkn <= members, "members_jkn " + jkn + " > members " + members);
      }
    }
    return v;
  }
}
