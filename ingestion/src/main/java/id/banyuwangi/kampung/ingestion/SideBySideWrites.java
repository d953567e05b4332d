package id.banyuwangi.kampung.ingestion;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Independent Delta table writes of one run (kiosk and CSV steps alike), run side by side. */
final class SideBySideWrites {
  /** Driver threads writing tables side by side. */
  private static final int WRITERS = 3;

  private SideBySideWrites() {}

  /**
   * Runs independent table writes on a few driver threads (Spark schedules their jobs side by
   * side; much of a Delta write is driver work), and fails with the first failure once all ended.
   */
  static void run(List<Runnable> writes) {
    if (writes.size() <= 1) {
      writes.forEach(Runnable::run);
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(WRITERS, writes.size()), r -> {
      Thread t = new Thread(r, "ingest-writer");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> futures = writes.stream().<Future<?>>map(pool::submit).toList();
      RuntimeException failure = null;
      for (Future<?> f : futures) {
        try {
          f.get();
        } catch (ExecutionException e) {
          if (failure == null) {
            failure = e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while writing the lake", e);
        }
      }
      if (failure != null) {
        throw failure;
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
