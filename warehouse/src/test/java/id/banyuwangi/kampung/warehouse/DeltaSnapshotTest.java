package id.banyuwangi.kampung.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.kampung.warehouse.internal.lake.DeltaSnapshot;
import io.delta.kernel.defaults.engine.DefaultEngine;
import io.delta.kernel.engine.Engine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeltaSnapshotTest {
  private final Engine engine = DefaultEngine.create(new Configuration());

  @TempDir Path lake;

  @Test
  void readsTheLatestVersionAndItsActiveFiles() {
    DeltaTestTables idm = DeltaTestTables.idm(lake);
    String row = "SELECT '3510012001' AS village_code, 2024 AS \"year\", 0.8 AS iks, 0.7 AS ike, 0.6 AS ikl,"
        + " 'idm.csv' AS source_file, 2::BIGINT AS line_no, 'run-1' AS ingest_run_id";
    String first = idm.writeFile("part-00000.parquet", row);
    String old = idm.writeFile("part-00001.parquet", row);
    idm.commit(List.of(first, old), List.of());
    String replacement = idm.writeFile("part-00002.parquet", row);
    idm.commit(List.of(replacement), List.of(old));

    DeltaSnapshot snapshot = DeltaSnapshot.latest(engine, idm.dir().toString());

    assertEquals(1, snapshot.version());
    // version 1 removed part-00001 and added part-00002
    assertEquals(List.of(idm.dir().resolve(first).toString(), idm.dir().resolve(replacement).toString()),
        snapshot.files());
    snapshot.files().forEach(f -> assertTrue(Files.isRegularFile(Path.of(f)), f));
  }

  @Test
  void readsPartitionedTablesAndHadoopUris() {
    PublicServiceLake.write(lake);

    DeltaSnapshot snapshot = DeltaSnapshot.latest(engine, lake.resolve("silver/kiosk_events").toUri().toString());

    assertEquals(1, snapshot.version());
    Path table = lake.resolve("silver/kiosk_events");
    assertEquals(List.of(table.resolve("event_month=2024-03/part-00000.parquet").toString(),
            table.resolve("event_month=2024-03/part-00001.parquet").toString(),
            table.resolve("event_month=2024-04/part-00000.parquet").toString()),
        snapshot.files());
  }

  @Test
  void aMissingTableIsAnEmptySnapshot() {
    DeltaSnapshot snapshot = DeltaSnapshot.latest(engine, lake.resolve("silver/kiosk_events").toString());

    assertFalse(snapshot.exists());
    assertEquals(DeltaSnapshot.NO_TABLE, snapshot.version());
    assertEquals(List.of(), snapshot.files());
  }

  @Test
  void refusesDeletionVectors() {
    DeltaTestTables table = DeltaTestTables.kioskEvents(lake);
    String file = table.writeFile("event_month=2024-03/part-0.parquet", PublicServiceLake.version0Events());
    table.commit(List.of(file), List.of());
    table.commitDeletionVector(file);

    RefusedSnapshotException e = assertThrows(RefusedSnapshotException.class,
        () -> DeltaSnapshot.latest(engine, table.dir().toString()));
    assertTrue(e.getMessage().contains("deletion vectors"), e.getMessage());
  }
}
