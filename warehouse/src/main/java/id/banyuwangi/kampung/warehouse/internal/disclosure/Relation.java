package id.banyuwangi.kampung.warehouse.internal.disclosure;

/**
 * One additive relation the public outputs expose: a sum cell and the cells that add up to it
 * (villages to their kecamatan, kecamatan to the regency, breakdown members to their total, months
 * to their quarter, quarters to their year), as measure cell ids; {@code district} names the measure
 * and the kecamatan its sum lies in (null for a regency's sum), the relations audited together where a
 * component is too large to audit whole.
 */
record Relation(int sum, int[] parts, boolean smallCellMeasure, String district) {
  /** The sum and the parts, the sum first. */
  int[] cells() {
    int[] all = new int[parts.length + 1];
    all[0] = sum;
    System.arraycopy(parts, 0, all, 1, parts.length);
    return all;
  }
}
