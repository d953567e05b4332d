package id.banyuwangi.kampung.domain.lake;

/** The zones of the lake, by their folder under the lake root. */
public enum Zone {
  /** Every line as received, with lineage. */
  BRONZE,
  /** Typed, valid, deduplicated, person ids pseudonymised: what the warehouse reads. */
  SILVER,
  /** Every rejected record with its reason. */
  QUARANTINE,
  /** The job's own records: runs and ingested files. */
  SYSTEM
}
