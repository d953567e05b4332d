package id.banyuwangi.kampung.app;

import id.banyuwangi.kampung.domain.progress.Progress;
import id.banyuwangi.kampung.warehouse.WarehouseBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** How the benchmark republishes the warehouse a server is reading: each run publishes one new file. */
final class Republish {
  private Republish() {}

  /** A real rebuild from the lake, published atomically by the builder. */
  static Runnable rebuilding(String lake, Path warehouse) {
    return () -> WarehouseBuilder.build(lake, warehouse, Progress.NONE);
  }

  /** Without a lake: a copy of the published file renamed over it (a new file, the same build). */
  static Runnable copying(Path warehouse) {
    return () -> {
      Path copy = warehouse.resolveSibling(warehouse.getFileName() + ".building-bench-copy");
      try {
        Files.copy(warehouse, copy, StandardCopyOption.REPLACE_EXISTING);
        Files.move(copy, warehouse, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot republish " + warehouse, e);
      }
    };
  }
}
