package id.banyuwangi.kampung.domain.indicator;

/** Which way is good: charts colour and reports rank by it. */
public enum Direction {
  HIGHER_IS_BETTER,
  LOWER_IS_BETTER,
  NEUTRAL
}
