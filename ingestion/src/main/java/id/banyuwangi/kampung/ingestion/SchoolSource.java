package id.banyuwangi.kampung.ingestion;

import id.banyuwangi.kampung.domain.lake.ReasonCode;
import id.banyuwangi.kampung.domain.lake.LakeContract;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Contract section 5: school enrolment (Dapodik style), one row per student and school year. */
final class SchoolSource extends CsvSource {
  /** The grades of each level. */
  static final Map<String, int[]> GRADES = Map.of("SD", new int[] {1, 6}, "SMP", new int[] {7, 9}, "SMA", new int[] {10, 12});
  static final Set<String> STATUSES = Set.of("ACTIVE", "DROPPED_OUT", "GRADUATED", "TRANSFERRED_OUT");
  private static final Pattern SCHOOL_YEAR = Pattern.compile("(\\d{4})/(\\d{4})");

  SchoolSource() {
    super(LakeContract.SCHOOLS);
  }

  @Override
  Object[] values(CsvRecord r) {
    String student = r.pseudonym("student_id", "student");
    String village = r.village("village_code");
    String sex = r.oneOf("sex", SEXES);
    var birth = r.date("birth_date");
    String year = r.text("school_year");
    if (year != null) {
      Matcher m = SCHOOL_YEAR.matcher(year);
      if (!m.matches() || Integer.parseInt(m.group(2)) != Integer.parseInt(m.group(1)) + 1) {
        r.problem(ReasonCode.INVALID_VALUE, "school_year " + r.quoted("school_year", year) + " is not like 2023/2024");
        year = null;
      }
    }
    String level = r.oneOf("level", GRADES.keySet());
    Integer grade = r.integer("grade", 1, 12);
    if (level != null && grade != null) {
      int[] g = GRADES.get(level);
      r.rule(grade >= g[0] && grade <= g[1], "grade " + grade + " is not a grade of " + level + " (" + g[0] + ".." + g[1] + ")");
    }
    return new Object[] {student, village, sex, birth, year, level, grade, r.oneOf("status", STATUSES)};
  }
}
