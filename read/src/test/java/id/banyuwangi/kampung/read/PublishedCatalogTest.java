package id.banyuwangi.kampung.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.domain.progress.Progress;
import id.banyuwangi.kampung.warehouse.SampleServiceLake;
import id.banyuwangi.kampung.warehouse.WarehouseBuilder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A published warehouse carries the catalog it was built with, and says which build it is. */
class PublishedCatalogTest {
  @TempDir Path dir;

  @Test
  void theCatalogReadBackIsTheOneBuiltWith() throws Exception {
    Path file = dir.resolve("warehouse.duckdb");
    Path lake = SampleServiceLake.write(dir.resolve("lake"));
    var summary = WarehouseBuilder.build(lake.toString(), file, Progress.NONE);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file)) {
      IndicatorCatalog published = PublishedCatalog.read(c);
      assertEquals(IndicatorCatalog.standard().all(), published.all());
      assertEquals(IndicatorCatalog.standard().measures(), published.measures());
      assertEquals(IndicatorCatalog.standard().breakdowns(), published.breakdowns());
      BuildInfo info = BuildInfo.read(c);
      assertEquals(summary.buildId(), info.buildId());
      assertTrue(info.sourceVersions().containsKey("silver/kiosk_events"));
    }
  }
}
