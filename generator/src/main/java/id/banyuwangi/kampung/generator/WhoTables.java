package id.banyuwangi.kampung.generator;

import id.banyuwangi.kampung.domain.reference.ReferenceData;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/**
 * The WHO LMS tables (the same files {@code WhoGrowthStandards} reads) inverted: the measurement
 * at a given z-score, {@code y = M (1 + L S z)^(1/L)}, with WHO's linear extension beyond +/-3 SD
 * for the weight tables, so that a generated value has exactly the intended z-score.
 */
final class WhoTables {
  private static final class Table {
    final int first;
    final double[][] l;
    final double[][] m;
    final double[][] s;

    Table(String file, String keyColumn, int keyScale) {
      List<CSVRecord> rows = ReferenceData.csv("who_growth/" + file);
      int lo = Integer.MAX_VALUE;
      int hi = Integer.MIN_VALUE;
      for (CSVRecord r : rows) {
        int k = (int) Math.round(Double.parseDouble(r.get(keyColumn)) * keyScale);
        lo = Math.min(lo, k);
        hi = Math.max(hi, k);
      }
      first = lo;
      int n = hi - lo + 1;
      l = new double[2][n];
      m = new double[2][n];
      s = new double[2][n];
      for (CSVRecord r : rows) {
        int sex = Integer.parseInt(r.get("sex")) - 1;
        int k = (int) Math.round(Double.parseDouble(r.get(keyColumn)) * keyScale) - lo;
        l[sex][k] = Double.parseDouble(r.get("L"));
        m[sex][k] = Double.parseDouble(r.get("M"));
        s[sex][k] = Double.parseDouble(r.get("S"));
      }
    }

    boolean has(int key) {
      return key >= first && key < first + m[0].length;
    }

    static double value(double l, double m, double s, double z) {
      return m * Math.pow(1 + l * s * z, 1 / l);
    }

    double at(int sex, int key, double z, boolean restricted) {
      int i = key - first;
      return at(l[sex][i], m[sex][i], s[sex][i], z, restricted);
    }

    static double at(double l, double m, double s, double z, boolean restricted) {
      if (restricted && z > 3) {
        double sd3 = value(l, m, s, 3);
        return sd3 + (z - 3) * (sd3 - value(l, m, s, 2));
      }
      if (restricted && z < -3) {
        double sd3 = value(l, m, s, -3);
        return sd3 + (z + 3) * (value(l, m, s, -2) - sd3);
      }
      return value(l, m, s, z);
    }

    /** Interpolated between 0.1 cm rows, as WHO anthro does. */
    double atCm(int sex, double cm, double z) {
      int low = (int) Math.floor(cm * 10);
      double f = cm * 10 - low;
      int i = low - first;
      int j = Math.min(i + 1, m[sex].length - 1);
      return at(l[sex][i] + f * (l[sex][j] - l[sex][i]), m[sex][i] + f * (m[sex][j] - m[sex][i]),
          s[sex][i] + f * (s[sex][j] - s[sex][i]), z, true);
    }
  }

  private static final class Holder {
    static final WhoTables INSTANCE = new WhoTables();
  }

  private final Table lhfa = new Table("lhfa_by_day.csv", "age_days", 1);
  private final Table wfa = new Table("wfa_by_day.csv", "age_days", 1);
  private final Table wfl = new Table("wfl_by_length.csv", "length_cm", 10);
  private final Table wfh = new Table("wfh_by_height.csv", "height_cm", 10);

  static WhoTables load() {
    return Holder.INSTANCE;
  }

  /** Length (under 731 days) or height at {@code z} for sex 0 = boys, 1 = girls. */
  double length(int sex, int ageDays, double z) {
    return lhfa.at(sex, Math.min(ageDays, 1826), z, false);
  }

  /**
   * Weight at weight-for-length (under 731 days) or weight-for-height {@code z} for the length or
   * height {@code cm}; outside those tables, weight-for-age at {@code z}.
   */
  double weight(int sex, int ageDays, double cm, double z) {
    boolean lengthTable = ageDays < 731;
    double lo = lengthTable ? 45 : 65;
    double hi = lengthTable ? 110 : 120;
    if (cm >= lo && cm < hi) {
      return (lengthTable ? wfl : wfh).atCm(sex, cm, z);
    }
    return wfa.at(sex, Math.min(ageDays, 1826), z, true);
  }
}
