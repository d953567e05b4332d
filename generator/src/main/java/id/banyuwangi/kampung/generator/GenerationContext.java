package id.banyuwangi.kampung.generator;

import id.banyuwangi.kampung.domain.region.RegionHierarchy;
import id.banyuwangi.kampung.domain.service.ServiceCatalog;
import java.nio.file.Path;

/**
 * Everything the source writers share: the config, the reference data and the one synthetic
 * "world" (village populations, citizens) all sources draw from, so that they agree.
 */
public record GenerationContext(GeneratorConfig config, RegionHierarchy regions,
    ServiceCatalog services, VillageProfiles villages, CitizenPool citizens) {

  public static GenerationContext of(GeneratorConfig config) {
    RegionHierarchy regions = RegionHierarchy.banyuwangi();
    return new GenerationContext(config, regions, ServiceCatalog.standard(),
        VillageProfiles.of(regions, config.seed()), new CitizenPool(config.seed()));
  }

  /** {@code out/<source>}. */
  public Path sourceDir(String source) {
    return config.out().resolve(source);
  }

  /** {@code out/_generator}: ground truth for tests, never read by ingestion. */
  public Path truthDir() {
    return config.out().resolve(SourceGenerator.TRUTH_DIR);
  }
}
