package id.banyuwangi.kampung.warehouse.internal.lake;

import id.banyuwangi.kampung.domain.lake.LakeContract;
import id.banyuwangi.kampung.domain.lake.LakeTable;
import io.delta.kernel.defaults.engine.DefaultEngine;
import io.delta.kernel.engine.Engine;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntConsumer;
import org.apache.hadoop.conf.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lake's tables a build reads, pinned for one build: each table's latest Delta snapshot (version
 * and active files), so every model reads one consistent version even while ingestion commits new
 * ones. The tables are the lake contract's {@link LakeContract#warehouseSources()}: silver, and the
 * system and quarantine tables the data-quality models count.
 */
public final class PinnedLake {
  private static final Logger LOG = LoggerFactory.getLogger(PinnedLake.class);

  private final String root;
  private final Map<LakeTable, DeltaSnapshot> snapshots;

  private PinnedLake(String root, Map<LakeTable, DeltaSnapshot> snapshots) {
    this.root = root;
    this.snapshots = snapshots;
  }

  /** Pins every table the warehouse reads under {@code root}; {@code step} is told once per table. */
  public static PinnedLake pin(String root, IntConsumer step) {
    Engine engine = DefaultEngine.create(new Configuration());
    Map<LakeTable, DeltaSnapshot> snapshots = new LinkedHashMap<>();
    for (LakeTable table : LakeContract.warehouseSources()) {
      DeltaSnapshot snapshot = DeltaSnapshot.latest(engine, root + "/" + table.path());
      if (snapshot.exists()) {
        LOG.info("pinned {} at version {} ({} files)", table.path(), snapshot.version(), snapshot.files().size());
      } else {
        LOG.info("{} does not exist yet: its models read an empty relation", table.path());
      }
      snapshots.put(table, snapshot);
      step.accept(1);
    }
    return new PinnedLake(root, snapshots);
  }

  /** The same pin read from other files (a {@link LocalLakeCopy}). */
  PinnedLake withSnapshots(Map<LakeTable, DeltaSnapshot> others) {
    return new PinnedLake(root, new LinkedHashMap<>(others));
  }

  public static int tableCount() {
    return LakeContract.warehouseSources().size();
  }

  public String root() {
    return root;
  }

  /** The pinned snapshot of every table read, in contract order. */
  public Map<LakeTable, DeltaSnapshot> snapshots() {
    return java.util.Collections.unmodifiableMap(snapshots);
  }

  /** The typed relation a {@code source('silver/...')} (or {@code source('_system/...')}, {@code source('quarantine/records')}) reads. */
  public String relation(String path) {
    LakeTable table = LakeContract.table(path)
        .filter(snapshots::containsKey)
        .orElseThrow(() -> new IllegalStateException("source('" + path + "') is not a table the warehouse reads (LakeContract.warehouseSources())"));
    return SourceRelation.of(table, snapshots.get(table).files());
  }
}
