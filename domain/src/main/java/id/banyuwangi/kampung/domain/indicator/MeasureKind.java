package id.banyuwangi.kampung.domain.indicator;

/** How a measure aggregates. */
public enum MeasureKind {
  /** A count of records: additive. */
  COUNT,
  /** A sum of an amount or of weights: additive. */
  SUM,
  /** A statistic recomputed from the records for every cell (a median): not additive. */
  STATISTIC
}
