package id.banyuwangi.kampung.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    PublicServiceLake.write(lake);

    DeltaSnapshot snapshot = DeltaSnapshot.latest(engine, lake.resolve("silver/service_requests").toString());

    assertEquals(1, snapshot.version());
    // version 1 removed part-00001 and added part-00002
    Path table = lake.resolve("silver/service_requests");
    assertEquals(List.of(table.resolve("part-00000-main.parquet").toString(),
        table.resolve("part-00002-b7.parquet").toString()), snapshot.files());
    snapshot.files().forEach(f -> assertTrue(Files.isRegularFile(Path.of(f)), f));
  }

  @Test
  void readsPartitionedTablesAndHadoopUris() {
    PublicServiceLake.write(lake);

    DeltaSnapshot snapshot = DeltaSnapshot.latest(engine, lake.resolve("silver/kiosk_events").toUri().toString());

    assertEquals(0, snapshot.version());
    assertEquals(List.of(lake.resolve("silver/kiosk_events/event_month=2024-03/part-00000.parquet").toString()),
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
    DeltaTestTables table = DeltaTestTables.serviceRequests(lake);
    String file = table.writeFile("part-0.parquet", PublicServiceLake.rows(PublicServiceLake.VERSION_0));
    table.commit(List.of(file), List.of());
    table.commitDeletionVector(file);

    RefusedSnapshotException e = assertThrows(RefusedSnapshotException.class,
        () -> DeltaSnapshot.latest(engine, table.dir().toString()));
    assertTrue(e.getMessage().contains("deletion vectors"), e.getMessage());
  }
}
