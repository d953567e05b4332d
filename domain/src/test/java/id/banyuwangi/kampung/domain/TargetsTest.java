package id.banyuwangi.kampung.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.domain.indicator.Targets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetsTest {
  @Test
  void shippedTargetsNameCatalogIndicatorsAndTheirSource() {
    Targets targets = Targets.standard();
    assertEquals(14.0, targets.find("STUNTING_PREVALENCE", 2024).orElseThrow().value());
    assertTrue(targets.find("STUNTING_PREVALENCE", 2024).orElseThrow().source().contains("Perpres 72/2021"));
    assertFalse(targets.find("STUNTING_PREVALENCE", 2023).isPresent());
    for (Targets.Target t : targets.all()) {
      assertTrue(IndicatorCatalog.standard().find(t.indicatorCode()).isPresent(), t.indicatorCode());
      assertFalse(t.source().isBlank(), t.indicatorCode());
    }
  }

  @Test
  void aCatalogDirectoryMayHaveItsOwnTargets(@TempDir Path dir) throws Exception {
    assertEquals(Targets.standard().all(), Targets.load(dir).all(), "no file: the shipped targets");
    Files.writeString(dir.resolve("targets.csv"), "indicator_code,year,target,source\nSLA_COMPLIANCE,2024,90,Perbup\n");
    assertEquals(90.0, Targets.load(dir).find("SLA_COMPLIANCE", 2024).orElseThrow().value());
    Files.writeString(dir.resolve("targets.csv"), "indicator_code,year,target,source\nSLA_COMPLIANCE,2024,x,Perbup\n");
    IllegalStateException bad = assertThrows(IllegalStateException.class, () -> Targets.load(dir));
    assertTrue(bad.getMessage().contains("line 1"), bad.getMessage());
  }
}
