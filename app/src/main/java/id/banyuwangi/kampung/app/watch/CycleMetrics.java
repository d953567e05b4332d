package id.banyuwangi.kampung.app.watch;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/** A watch cycle in the server's {@code /metrics}: what its log line says, each phase's time and the files and lines it read. */
final class CycleMetrics {
  private CycleMetrics() {}

  static void record(MeterRegistry registry, CycleReport c) {
    phase(registry, "detect", c.detect());
    phase(registry, "ingest", c.ingest());
    phase(registry, "build", c.build());
    phase(registry, "publish", c.publish());
    Timer.builder("kampung.watch.landed.to.visible").description("a batch's first file seen to the API answering from its build")
        .register(registry).record(c.landedToVisible());
    Counter.builder("kampung.watch.files").description("source files the watch cycles read").register(registry)
        .increment(c.files());
    Counter.builder("kampung.watch.lines").description("source lines the watch cycles read").tag("outcome", "read")
        .register(registry).increment(c.linesRead());
    Counter.builder("kampung.watch.lines").description("source lines the watch cycles read").tag("outcome", "accepted")
        .register(registry).increment(c.accepted());
  }

  private static void phase(MeterRegistry registry, String phase, Duration time) {
    Timer.builder("kampung.watch.cycle").description("the time of each phase of a watch cycle").tag("phase", phase)
        .register(registry).record(time);
  }
}
