package id.banyuwangi.kampung.ingestion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IngestOptionsTest {
  @Test
  void aRelativeLocalPathBecomesAbsoluteSoDeltaDoesNotReadItAsATableName() {
    IngestOptions o = new IngestOptions("demo-data/sources", "demo-data/lake", null, Instant.EPOCH);
    assertEquals(Path.of("demo-data/lake").toAbsolutePath().toString(), o.lakeUri());
    assertEquals(Path.of("demo-data/sources").toAbsolutePath().toString(), o.sourceUri());
  }

  @Test
  void aUriWithASchemeIsKeptAsGiven() {
    IngestOptions o = new IngestOptions("hdfs://nn:8020/kampung/sources", "s3a://bucket/lake", null, Instant.EPOCH);
    assertEquals("hdfs://nn:8020/kampung/sources", o.sourceUri());
    assertEquals("s3a://bucket/lake", o.lakeUri());
  }
}
