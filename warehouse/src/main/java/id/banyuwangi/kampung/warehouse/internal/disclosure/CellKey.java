package id.banyuwangi.kampung.warehouse.internal.disclosure;

/**
 * Where a value sits: a measure at one area, period and breakdown member. The grain of every
 * measure and indicator cell of the warehouse.
 */
record CellKey(String measure, String area, String period, String periodKind, String breakdown, String member) {
  CellKey withArea(String other) {
    return new CellKey(measure, other, period, periodKind, breakdown, member);
  }

  CellKey withPeriod(String otherPeriod, String otherKind) {
    return new CellKey(measure, area, otherPeriod, otherKind, breakdown, member);
  }

  CellKey total() {
    return new CellKey(measure, area, period, periodKind, "total", "");
  }

  CellKey withMeasure(String other) {
    return new CellKey(other, area, period, periodKind, breakdown, member);
  }
}
