package id.banyuwangi.kampung.ingestion;

import id.banyuwangi.kampung.domain.progress.Progress;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.util.LongAccumulator;

/** Reports files read as tasks finish, from a driver thread polling the accumulator. */
final class ProgressPoller implements AutoCloseable {
  private final LongAccumulator acc;
  private final Progress progress;
  private final AtomicLong reported = new AtomicLong();
  private final long limit;
  private final ScheduledExecutorService timer;

  ProgressPoller(LongAccumulator acc, Progress progress, long limit) {
    this.acc = acc;
    this.limit = limit;
    this.progress = progress;
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "ingest-progress");
      t.setDaemon(true);
      return t;
    });
    timer.scheduleAtFixedRate(this::report, 200, 200, TimeUnit.MILLISECONDS);
  }

  private synchronized void report() {
    // A retried task or a recomputed cache partition counts again: never report past the total.
    long now = Math.min(acc.value(), limit);
    long delta = now - reported.get();
    if (delta > 0) {
      reported.addAndGet(delta);
      progress.step(delta);
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
    report();
  }
}
