package id.banyuwangi.kampung.domain.service;

import id.banyuwangi.kampung.domain.reference.ReferenceData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;

/** The 36 services of the contract's {@code service_catalog.csv}. */
public final class ServiceCatalog {
  private final Map<String, Service> byCode;

  private ServiceCatalog(Map<String, Service> byCode) {
    this.byCode = byCode;
  }

  private static final class Holder {
    private static final ServiceCatalog CATALOG = load();
  }

  public static ServiceCatalog standard() {
    return Holder.CATALOG;
  }

  private static ServiceCatalog load() {
    Map<String, Service> services = new LinkedHashMap<>();
    for (CSVRecord r : ReferenceData.csv("contracts/service_catalog.csv")) {
      services.put(r.get("service_code"), new Service(r.get("service_code"), r.get("name_id"),
          r.get("name_en"), r.get("category"), Integer.parseInt(r.get("sla_hours"))));
    }
    return new ServiceCatalog(Map.copyOf(services));
  }

  public Optional<Service> find(String code) {
    return Optional.ofNullable(code == null ? null : byCode.get(code));
  }

  public boolean contains(String code) {
    return code != null && byCode.containsKey(code);
  }

  public List<Service> all() {
    return byCode.values().stream().sorted(java.util.Comparator.comparing(Service::code)).toList();
  }
}
