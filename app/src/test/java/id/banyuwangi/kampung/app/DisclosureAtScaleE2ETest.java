package id.banyuwangi.kampung.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.domain.person.Pseudonymizer;
import id.banyuwangi.kampung.domain.progress.Progress;
import id.banyuwangi.kampung.generator.GeneratorConfig;
import id.banyuwangi.kampung.generator.SourceGenerator;
import id.banyuwangi.kampung.ingestion.IngestJob;
import id.banyuwangi.kampung.ingestion.IngestOptions;
import id.banyuwangi.kampung.warehouse.SubtractionAttack;
import id.banyuwangi.kampung.warehouse.WarehouseBuilder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "done when" as a test: a whole generated year at a tenth of the real volume
 * (about 38,000 files, 250,000 hidden cells), ingested by Spark into Delta and built by the real
 * builder, then attacked by {@link SubtractionAttack}, which eliminates every component of
 * unknowns whole: no hidden cell comes back and no relation's hidden cells add up to fewer than
 * the threshold.
 */
@Tag("e2e")
class DisclosureAtScaleE2ETest {
  @TempDir Path dir;

  @Test
  void noHiddenCellOfAScaleTenthYearCanBeRecomputed() throws Exception {
    Path sources = dir.resolve("sources");
    SourceGenerator.generate(new GeneratorConfig(sources, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), 0.1, 42),
        Progress.NONE);
    String lake = dir.resolve("lake").toString();
    IngestJob.run(IngestJob.session("local[2]"), new IngestOptions(sources.toString(), lake, "local[2]", Instant.now()),
        new Pseudonymizer("e2e-test-key-not-a-secret"), Progress.NONE);
    Path warehouse = dir.resolve("warehouse.duckdb");
    WarehouseBuilder.build(lake, warehouse, Progress.NONE);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse)) {
      printHiddenCellsPerDomain(c);
      SubtractionAttack.Findings f = SubtractionAttack.run(c, IndicatorCatalog.standard().minCell());
      System.out.printf("attack on the scale 0.1 year: %,d relations, %,d with hidden cells, %d recovered, %d small sums%n",
          f.relations(), f.relationsWithHiddenCells(), f.recovered().size(), f.smallSums().size());
      assertTrue(f.relationsWithHiddenCells() > 100_000, "a year has hidden cells in many relations: " + f.relationsWithHiddenCells());
      assertEquals(0, f.unknownsNotSolvedLinearly(), "every component of unknowns is eliminated whole");
      assertFalse(f.leaks(), () -> "recovered " + f.recovered().stream().limit(5).toList()
          + ", small sums " + f.smallSums().stream().limit(5).toList());
    }
  }

  /** The build's own summary of what it hid, for the test log (the closing note reports it). */
  private static void printHiddenCellsPerDomain(Connection c) throws Exception {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM mart_disclosure_summary ORDER BY 1")) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder line = new StringBuilder("hidden at scale 0.1:");
        for (int i = 1; i <= columns; i++) {
          line.append(' ').append(rs.getMetaData().getColumnName(i)).append('=').append(rs.getString(i));
        }
        System.out.println(line);
      }
    }
  }
}
