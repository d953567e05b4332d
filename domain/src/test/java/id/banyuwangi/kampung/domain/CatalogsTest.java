package id.banyuwangi.kampung.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.domain.reference.ReferenceData;
import id.banyuwangi.kampung.domain.region.AreaLevel;
import id.banyuwangi.kampung.domain.region.RegionHierarchy;
import id.banyuwangi.kampung.domain.service.ServiceCatalog;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CatalogsTest {
  @Test
  void hierarchyHoldsTheRealRegency() {
    RegionHierarchy h = RegionHierarchy.banyuwangi();
    assertEquals(217, h.villages().size());
    assertEquals(25, h.districts().size());
    assertEquals(25, h.children("3510").size());
    assertEquals(5, h.children("351001").size());
    assertEquals("Sarongan", h.find("3510012001").orElseThrow().name());
    assertEquals(AreaLevel.VILLAGE, h.find("3510012001").orElseThrow().level());
    assertEquals(217, h.districts().stream().mapToInt(d -> h.children(d.code()).size()).sum());
    assertFalse(h.isVillage("3510019999"));
  }

  @Test
  void serviceCatalogHas36Services() {
    assertEquals(36, ServiceCatalog.standard().all().size());
    assertEquals(1, ServiceCatalog.standard().find("PBB-BAYAR").orElseThrow().slaHours());
  }

  @Test
  void indicatorCatalogRepeatsTheContractColumnsExactly() {
    List<CSVRecord> contract = ReferenceData.csv("contracts/indicators.csv");
    var catalog = IndicatorCatalog.standard().all();
    assertEquals(contract.size(), catalog.size());
    for (int i = 0; i < contract.size(); i++) {
      CSVRecord c = contract.get(i);
      var ind = catalog.get(i);
      assertEquals(c.get("code"), ind.code());
      assertEquals(c.get("name_id"), ind.nameId());
      assertEquals(c.get("name_en"), ind.nameEn());
      assertEquals(c.get("unit"), ind.unit());
      assertEquals(c.get("area"), ind.domain());
      assertEquals(c.get("definition"), ind.definition());
      assertTrue(IndicatorCatalog.standard().measure(ind.valueMeasure()).isPresent(), ind.code());
    }
  }
}
