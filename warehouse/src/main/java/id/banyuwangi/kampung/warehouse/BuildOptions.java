package id.banyuwangi.kampung.warehouse;

import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.domain.poverty.PovertyLines;
import id.banyuwangi.kampung.domain.publish.PublishedBuilds;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What one warehouse build reads and writes.
 *
 * @param lake the lake root, a path or Hadoop URI; tables are read at {@code <lake>/silver/...}
 * @param warehouse the DuckDB file to publish; replaced atomically when the build and its data
 *     tests succeed
 * @param catalog the indicators to evaluate (the shipped catalog, or a planner's)
 * @param povertyLines the poverty line per survey year (the shipped lines, or an override)
 * @param docs where to write the models' documentation pages, if anywhere
 * @param allowShrink publish even when the build has far fewer indicator cells than the published
 *     warehouse ({@link ShrinkGuard}; {@code build --allow-shrink})
 * @param keepBuilds how many published builds to keep beside the warehouse for answers as of an
 *     earlier build ({@code build --keep-builds}, default {@link PublishedBuilds#DEFAULT_KEEP}; 0 keeps none)
 */
public record BuildOptions(String lake, Path warehouse, IndicatorCatalog catalog, PovertyLines povertyLines,
    Optional<Path> docs, boolean allowShrink, int keepBuilds) {

  /** The shipped catalog and poverty lines, no docs, no shrinking. */
  public static BuildOptions of(String lake, Path warehouse) {
    return new BuildOptions(lake, warehouse, IndicatorCatalog.standard(), PovertyLines.shipped(), Optional.empty(), false,
        PublishedBuilds.DEFAULT_KEEP);
  }

  public BuildOptions withCatalog(IndicatorCatalog other) {
    return new BuildOptions(lake, warehouse, other, povertyLines, docs, allowShrink, keepBuilds);
  }

  public BuildOptions withPovertyLines(PovertyLines other) {
    return new BuildOptions(lake, warehouse, catalog, other, docs, allowShrink, keepBuilds);
  }

  public BuildOptions withDocs(Path dir) {
    return new BuildOptions(lake, warehouse, catalog, povertyLines, Optional.of(dir), allowShrink, keepBuilds);
  }

  public BuildOptions withAllowShrink() {
    return new BuildOptions(lake, warehouse, catalog, povertyLines, docs, true, keepBuilds);
  }

  public BuildOptions withKeepBuilds(int keep) {
    if (keep < 0) {
      throw new IllegalArgumentException("keep-builds must be 0 or more");
    }
    return new BuildOptions(lake, warehouse, catalog, povertyLines, docs, allowShrink, keep);
  }
}
