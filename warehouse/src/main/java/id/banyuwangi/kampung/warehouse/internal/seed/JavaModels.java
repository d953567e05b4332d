package id.banyuwangi.kampung.warehouse.internal.seed;

import id.banyuwangi.kampung.warehouse.internal.project.JavaModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every model of the project written in Java, by name: the seeds, the period spine, the WHO z-scores. */
public final class JavaModels {
  private JavaModels() {}

  public static Map<String, JavaModel> all() {
    Map<String, JavaModel> models = new LinkedHashMap<>();
    for (JavaModel m : List.<JavaModel>of(new PeriodSpine(), new ChildGrowthFacts())) {
      models.put(m.name(), m);
    }
    CatalogSeeds.all().forEach(s -> models.put(s.name(), s));
    ReferenceSeeds.all().forEach(s -> models.put(s.name(), s));
    return models;
  }
}
