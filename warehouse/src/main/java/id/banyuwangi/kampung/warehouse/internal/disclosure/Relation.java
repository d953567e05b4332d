package id.banyuwangi.kampung.warehouse.internal.disclosure;

/**
 * One additive relation the public outputs expose: a sum cell and the cells that add up to it
 * (villages to their kecamatan, kecamatan to the regency, breakdown members to their total, months
 * to their quarter, quarters to their year), as measure cell ids; {@code districts} name the groups
 * of relations audited together where a component is too large to audit whole: the measure inside
 * the kecamatan its sum lies in, and the measure's cells above the villages (kecamatan and regency).
 */
record Relation(int sum, int[] parts, boolean smallCellMeasure, java.util.List<String> districts) {
  /** The sum and the parts, the sum first. */
  int[] cells() {
    int[] all = new int[parts.length + 1];
    all[0] = sum;
    System.arraycopy(parts, 0, all, 1, parts.length);
    return all;
  }
}
