package id.banyuwangi.kampung.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.kampung.domain.progress.Progress;
import id.banyuwangi.kampung.warehouse.HealthEducationLake.Student;
import id.banyuwangi.kampung.warehouse.WelfareLake.Household;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of data test fails the build on a lake made to break it, names itself in the error,
 * and leaves the published warehouse as it was.
 */
class DataTestFailureTest {
  private static final String SARONGAN = WelfareLake.SARONGAN;

  @TempDir Path dir;

  @Test
  void aDuplicateKeyFailsUnique() throws Exception {
    List<Household> twice = new ArrayList<>(WelfareLake.HOUSEHOLDS);
    twice.add(WelfareLake.HOUSEHOLDS.get(0)); // H1 2024 again
    assertFails(households(twice), "unique(stg_households)");
  }

  @Test
  void aNullFailsNotNull() throws Exception {
    assertFails(households(List.of(household("H1", null))), "not_null(stg_households.village_code)");
  }

  @Test
  void anUnknownAreaFailsRelationships() throws Exception {
    assertFails(households(List.of(household("H1", "3510999999"))), "relationships(stg_households.village_code)");
  }

  @Test
  void membersThatDoNotAddUpFailTheBuild() throws Exception {
    // Sarongan's population counts only boys on 30 June 2024, so a girl in SD has no member row by sex
    Path lake = dir.resolve("lake");
    DeltaTestTables population = DeltaTestTables.population(lake);
    population.commit(List.of(population.writeFile("part-0.parquet",
        HealthEducationLake.resident(SARONGAN, "2024-06-30", "L", 8, 10))), List.of());
    DeltaTestTables enrolments = DeltaTestTables.schoolEnrolments(lake);
    enrolments.commit(List.of(enrolments.writeFile("part-0.parquet", HealthEducationLake.students(List.of(
        new Student("S1", SARONGAN, "L", "2016-01-01", "2024/2025", "SD", 3, "ACTIVE"),
        new Student("S2", SARONGAN, "P", "2016-02-01", "2024/2025", "SD", 3, "ACTIVE"))))), List.of());
    assertFails(lake, "members_add_up(fct_measure)");
  }

  /** Builds a good warehouse, then the broken lake over it: the build fails naming the test, the good one stays. */
  private void assertFails(Path brokenLake, String test) throws SQLException, java.io.IOException {
    Path target = dir.resolve("wh/kampung.duckdb");
    Path goodLake = households(dir.resolve("good-lake"), WelfareLake.HOUSEHOLDS);
    BuildSummary good = WarehouseBuilder.build(goodLake.toString(), target, Progress.NONE);

    WarehouseBuildException e = assertThrows(WarehouseBuildException.class,
        () -> WarehouseBuilder.build(brokenLake.toString(), target, Progress.NONE));

    assertTrue(e.getMessage().contains(test + ": FAIL"), e.getMessage());
    assertTrue(e.getMessage().contains("nothing published"), e.getMessage());
    assertEquals(good.buildId(), BuiltMarts.buildIdOf(target));
    try (var files = Files.list(target.getParent())) {
      // no building file left behind (the kept builds' folder is the published builds', not this one's)
      assertEquals(List.of("kampung.duckdb"), files.map(p -> p.getFileName().toString())
          .filter(name -> !name.endsWith(".builds")).toList());
    }
  }

  private Path households(List<Household> rows) {
    return households(dir.resolve("lake"), rows);
  }

  private static Path households(Path lake, List<Household> rows) {
    DeltaTestTables households = DeltaTestTables.households(lake);
    households.commit(List.of(households.writeFile("part-0.parquet", WelfareLake.households(rows))), List.of());
    return lake;
  }

  private static Household household(String key, String village) {
    return new Household(key, village, 2024, 4, 940_000, 2, 1, 4, true, false, "PIPED", "OWN", "PLN_METERED");
  }
}
