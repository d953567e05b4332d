package id.banyuwangi.kampung.domain.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The small-cell threshold is configuration: the shipped {@code disclosure.properties}, or a catalog directory's. */
class DisclosureRuleTest {
  @TempDir Path dir;

  @Test
  void theShippedThresholdIsTheContracts() {
    assertEquals(5, IndicatorCatalog.standard().minCell());
  }

  @Test
  void aCatalogDirectoryMaySetItsOwn() throws IOException {
    assertEquals(10, catalogWith("min_cell = 10\n").minCell());
    assertEquals(5, catalogWith(null).minCell(), "no file: the shipped rule");
  }

  @Test
  void aThresholdThatIsNotAWholeNumberOfAtLeastOneFailsTheLoad() throws IOException {
    for (String bad : new String[] {"min_cell=0\n", "min_cell=five\n", "min_cell=\n", "threshold=5\n"}) {
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> catalogWith(bad), bad);
      assertTrue(e.getMessage().contains("disclosure.properties: min_cell"), e.getMessage());
    }
  }

  private IndicatorCatalog catalogWith(String disclosure) throws IOException {
    Path catalog = Files.createTempDirectory(dir, "catalog");
    Files.copy(IndicatorCatalog.class.getResourceAsStream("/id/banyuwangi/kampung/catalog/indicators.csv"),
        catalog.resolve("indicators.csv"));
    if (disclosure != null) {
      Files.writeString(catalog.resolve("disclosure.properties"), disclosure);
    }
    return IndicatorCatalog.load(catalog);
  }
}
