package id.banyuwangi.kampung.generator;

import id.banyuwangi.kampung.domain.region.RegionHierarchy;
import id.banyuwangi.kampung.domain.service.ServiceCatalog;
import java.nio.file.Path;

/**
 * Everything the source writers share: the config, the reference data and the one synthetic
 * "world" (village populations, citizens, residents by age) all sources draw from, so that they
 * agree.
 */
public record GenerationContext(GeneratorConfig config, RegionHierarchy regions,
    ServiceCatalog services, VillageProfiles villages, CitizenPool citizens,
    Demography demography) {

  public static GenerationContext of(GeneratorConfig config) {
    RegionHierarchy regions = RegionHierarchy.banyuwangi();
    VillageProfiles villages = VillageProfiles.of(regions, config.seed());
    return new GenerationContext(config, regions, ServiceCatalog.standard(), villages,
        new CitizenPool(config.seed()), new Demography(config, villages));
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
