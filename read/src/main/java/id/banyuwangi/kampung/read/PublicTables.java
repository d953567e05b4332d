package id.banyuwangi.kampung.read;

/**
 * The relations of a published warehouse that outputs may read, by name: the one place that knows
 * them. Everything else in the file (staging, intermediate models, marts with unsuppressed cells)
 * is the warehouse's own.
 */
public final class PublicTables {
  /** Every indicator's totals per area and period, suppression applied. */
  public static final String VALUES = "public_indicator_value";
  /** Every indicator's breakdown members per area and period, suppression applied. */
  public static final String BREAKDOWNS = "public_indicator_breakdown";
  /** Every cell (totals and breakdown members) per area and period, suppression applied. */
  public static final String CELLS = "public_indicator_cell";
  /**
   * Restricted: every cell with its numbers even where public outputs hide them, and why they are
   * hidden; read only for a client allowed to see unsuppressed values (the API's
   * {@code restricted:read} scope).
   */
  public static final String RESTRICTED_CELLS = "mart_indicator_cell";
  public static final String DISCLOSURE = "mart_disclosure";
  /** Per domain: publishable cells, and how many are hidden, primary and secondary (counts only). */
  public static final String DISCLOSURE_SUMMARY = "mart_disclosure_summary";
  public static final String REGIONS = "dim_region";
  public static final String PERIODS = "dim_period";
  /** The catalog the build evaluated, and its measures and breakdowns. */
  public static final String INDICATORS = "dim_indicator";
  public static final String MEASURES = "dim_measure";
  public static final String BREAKDOWN_KINDS = "dim_breakdown";
  public static final String BREAKDOWN_MEMBERS = "dim_breakdown_member";
  /** Data quality from the lake's own records: delivery per source, village and month; ingestion and quarantine per month. */
  public static final String QUALITY_DELIVERY = "public_quality_delivery";
  public static final String QUALITY_INGEST = "public_quality_ingest";
  public static final String QUALITY_QUARANTINE = "public_quality_quarantine";
  /** The build's id, time and lake; the Delta versions it read. */
  public static final String BUILD_INFO = "_build_info";
  public static final String BUILD_SOURCES = "_build_sources";

  private PublicTables() {}
}
