package id.banyuwangi.kampung.warehouse;

import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.domain.poverty.PovertyLines;
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
 */
public record BuildOptions(String lake, Path warehouse, IndicatorCatalog catalog, PovertyLines povertyLines,
    Optional<Path> docs) {

  /** The shipped catalog and poverty lines, no docs. */
  public static BuildOptions of(String lake, Path warehouse) {
    return new BuildOptions(lake, warehouse, IndicatorCatalog.standard(), PovertyLines.shipped(), Optional.empty());
  }

  public BuildOptions withCatalog(IndicatorCatalog other) {
    return new BuildOptions(lake, warehouse, other, povertyLines, docs);
  }

  public BuildOptions withPovertyLines(PovertyLines other) {
    return new BuildOptions(lake, warehouse, catalog, other, docs);
  }

  public BuildOptions withDocs(Path dir) {
    return new BuildOptions(lake, warehouse, catalog, povertyLines, Optional.of(dir));
  }
}
