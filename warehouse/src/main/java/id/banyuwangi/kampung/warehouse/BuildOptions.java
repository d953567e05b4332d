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
 * @param incremental start from the published warehouse and re-run only the models that depend on
 *     the lake tables changed since it was built ({@code build --incremental}); a full build when
 *     there is no published warehouse or it was built by other models, catalog, lines or lake
 */
public record BuildOptions(String lake, Path warehouse, IndicatorCatalog catalog, PovertyLines povertyLines,
    Optional<Path> docs, boolean allowShrink, int keepBuilds, boolean incremental) {

  /** The shipped catalog and poverty lines, no docs, no shrinking, a full build. */
  public static BuildOptions of(String lake, Path warehouse) {
    return new BuildOptions(lake, warehouse, IndicatorCatalog.standard(), PovertyLines.shipped(), Optional.empty(), false,
        PublishedBuilds.DEFAULT_KEEP, false);
  }

  public BuildOptions withCatalog(IndicatorCatalog other) {
    return new BuildOptions(lake, warehouse, other, povertyLines, docs, allowShrink, keepBuilds, incremental);
  }

  public BuildOptions withPovertyLines(PovertyLines other) {
    return new BuildOptions(lake, warehouse, catalog, other, docs, allowShrink, keepBuilds, incremental);
  }

  public BuildOptions withDocs(Path dir) {
    return new BuildOptions(lake, warehouse, catalog, povertyLines, Optional.of(dir), allowShrink, keepBuilds, incremental);
  }

  public BuildOptions withAllowShrink() {
    return new BuildOptions(lake, warehouse, catalog, povertyLines, docs, true, keepBuilds, incremental);
  }

  public BuildOptions withKeepBuilds(int keep) {
    if (keep < 0) {
      throw new IllegalArgumentException("keep-builds must be 0 or more");
    }
    return new BuildOptions(lake, warehouse, catalog, povertyLines, docs, allowShrink, keep, incremental);
  }

  public BuildOptions withIncremental(boolean on) {
    return new BuildOptions(lake, warehouse, catalog, povertyLines, docs, allowShrink, keepBuilds, on);
  }
}
