package id.banyuwangi.kampung.warehouse;

import id.banyuwangi.kampung.domain.indicator.IndicatorCatalog;
import id.banyuwangi.kampung.domain.progress.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One lake holding every source of the warehouse module's hand-made test lakes (public service,
 * welfare, health and education), built into a real warehouse by the real {@link WarehouseBuilder}.
 * Shared through the test-jar with the api and reports tests.
 *
 * <p>The welfare and the health/education lakes both write {@code silver/population}; the merged
 * lake holds the union of both (their rows do not overlap). The welfare lake's households get four
 * poor, assisted households in Sukorejo, so that the regency's bansos targeting errors cover more
 * than four households and are public (not a small cell).
 */
public final class AllSourcesLake {
  private static final List<WelfareLake.Household> ASSISTED_POOR = Stream.of("S1", "S2", "S3", "S4")
      .map(key -> new WelfareLake.Household(key, WelfareLake.SUKOREJO, 2024, 4, 1_000_000, 2, 1, 4, true, false,
          "PIPED", "OWN", "PLN_METERED"))
      .toList();

  private AllSourcesLake() {}

  /** Writes the merged lake to {@code dir/lake} and builds {@code dir/warehouse.duckdb} from it. */
  public static Path buildWarehouse(Path dir) {
    return buildWarehouse(dir, IndicatorCatalog.standard());
  }

  /** As {@link #buildWarehouse(Path)}, evaluating the given catalog. */
  public static Path buildWarehouse(Path dir, IndicatorCatalog catalog) {
    Path lake = write(dir.resolve("lake"), dir.resolve("parts"));
    Path warehouse = dir.resolve("warehouse.duckdb");
    WarehouseBuilder.build(BuildOptions.of(lake.toString(), warehouse).withCatalog(catalog), Progress.NONE);
    return warehouse;
  }

  static Path write(Path lake, Path parts) {
    PublicServiceLake.write(lake);
    LakeRecords.write(lake); // the lake's own records: ingest runs, ingested files, quarantine
    Path welfare = WelfareLake.write(parts.resolve("welfare"));
    Path health = HealthEducationLake.write(parts.resolve("health"));
    for (Path part : List.of(welfare, health)) {
      for (Path table : tablesOf(part)) {
        if (!List.of("population", "households").contains(table.getFileName().toString())) {
          move(table, lake.resolve("silver").resolve(table.getFileName()));
        }
      }
    }
    DeltaTestTables households = DeltaTestTables.households(lake);
    households.commit(List.of(households.writeFile("part-00000.parquet",
        WelfareLake.households(Stream.concat(WelfareLake.HOUSEHOLDS.stream(), ASSISTED_POOR.stream()).toList()))), List.of());
    DeltaTestTables population = DeltaTestTables.population(lake);
    String union = Stream.of(welfare, health)
        .map(p -> "'" + p.resolve("silver/population/part-00000.parquet") + "'")
        .collect(Collectors.joining(", ", "SELECT * FROM read_parquet([", "])"));
    population.commit(List.of(population.writeFile("part-00000.parquet", union)), List.of());
    return lake;
  }

  private static List<Path> tablesOf(Path lake) {
    try (Stream<Path> tables = Files.list(lake.resolve("silver"))) {
      return tables.toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void move(Path from, Path to) {
    try {
      Files.createDirectories(to.getParent());
      Files.move(from, to);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
