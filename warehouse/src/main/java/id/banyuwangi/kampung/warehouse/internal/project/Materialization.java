package id.banyuwangi.kampung.warehouse.internal.project;

import java.util.Locale;

/** How a model is stored in the warehouse file. */
public enum Materialization {
  /** {@code CREATE TABLE ... AS}: computed once per build. */
  TABLE,
  /** {@code CREATE VIEW ... AS}: computed when read (the public projections). */
  VIEW,
  /** Created by Java code (the WHO z-scores, the period spine). */
  JAVA,
  /** Loaded from the domain's catalogs and reference data. */
  SEED;

  static Materialization parse(String text) {
    return valueOf(text.strip().toUpperCase(Locale.ROOT));
  }
}
