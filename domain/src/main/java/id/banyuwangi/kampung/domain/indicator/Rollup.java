package id.banyuwangi.kampung.domain.indicator;

/** How an indicator is computed above the village level (never as an average of village ratios). */
public enum Rollup {
  /** A count of records. */
  COUNT,
  /** A sum of an amount. */
  SUM,
  /** scale * summed numerator / summed denominator. */
  RATIO,
  /** The median recomputed from the underlying records. */
  MEDIAN,
  /** The unweighted mean of the village values (the IDM rule). */
  MEAN_OVER_VILLAGES,
  /** The number of villages in each category band (IDM status). */
  COUNT_BY_BAND
}
