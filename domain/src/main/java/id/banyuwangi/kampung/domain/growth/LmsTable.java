package id.banyuwangi.kampung.domain.growth;

import id.banyuwangi.kampung.domain.reference.ReferenceData;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/**
 * One WHO LMS table held as immutable arrays per sex, indexed by an integer key: the age in days, or the length/height
 * in tenths of a cm. Every key between the first and the last must be present (checked on load).
 */
final class LmsTable {
  private final String name;
  private final int firstKey;
  private final int lastKey;
  /** [sex.ordinal()][key - firstKey]. */
  private final double[][] l;
  private final double[][] m;
  private final double[][] s;

  private LmsTable(String name, int firstKey, int lastKey) {
    this.name = name;
    this.firstKey = firstKey;
    this.lastKey = lastKey;
    int n = lastKey - firstKey + 1;
    l = new double[2][n];
    m = new double[2][n];
    s = new double[2][n];
    for (double[][] a : new double[][][] {l, m, s}) {
      for (double[] row : a) {
        Arrays.fill(row, Double.NaN);
      }
    }
  }

  /**
   * Loads {@code who_growth/<file>} with columns {@code sex}, the key column, {@code L}, {@code M}, {@code S}.
   *
   * @param keyScale 1 for age in days, 10 for cm by 0.1 (the key is then the value in tenths of a cm)
   */
  static LmsTable load(String file, String keyColumn, int keyScale) {
    List<CSVRecord> rows = ReferenceData.csv("who_growth/" + file);
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    int[] keys = new int[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      String text = rows.get(i).get(keyColumn);
      double value = Double.parseDouble(text);
      keys[i] = (int) Math.round(value * keyScale);
      // The WHO package joins on the double value k/10, so the table value must be exactly that double.
      if ((double) keys[i] / keyScale != value) {
        throw new IllegalStateException(file + ": key " + text + " is not a multiple of 1/" + keyScale);
      }
      first = Math.min(first, keys[i]);
      last = Math.max(last, keys[i]);
    }
    LmsTable t = new LmsTable(file, first, last);
    for (int i = 0; i < rows.size(); i++) {
      CSVRecord r = rows.get(i);
      int sex = Sex.fromCode(Integer.parseInt(r.get("sex"))).ordinal();
      int idx = keys[i] - first;
      if (!Double.isNaN(t.m[sex][idx])) {
        throw new IllegalStateException(file + ": duplicate row " + r.get(keyColumn) + " for sex " + r.get("sex"));
      }
      t.l[sex][idx] = Double.parseDouble(r.get("L"));
      t.m[sex][idx] = Double.parseDouble(r.get("M"));
      t.s[sex][idx] = Double.parseDouble(r.get("S"));
    }
    for (int sex = 0; sex < 2; sex++) {
      for (int idx = 0; idx < t.m[sex].length; idx++) {
        if (Double.isNaN(t.m[sex][idx])) {
          throw new IllegalStateException(file + ": missing row " + (first + idx) + "/" + keyScale + " for sex " + (sex + 1));
        }
      }
    }
    return t;
  }

  boolean has(int key) {
    return key >= firstKey && key <= lastKey;
  }

  /** The row at {@code key}; the caller checks {@link #has} first. */
  Lms at(Sex sex, int key) {
    if (!has(key)) {
      throw new IndexOutOfBoundsException(name + ": no row " + key);
    }
    int i = sex.ordinal();
    int idx = key - firstKey;
    return new Lms(l[i][idx], m[i][idx], s[i][idx]);
  }

  int firstKey() {
    return firstKey;
  }

  int lastKey() {
    return lastKey;
  }
}
