package id.banyuwangi.kampung.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The process's peak memory: its resident set at its highest (Linux {@code VmHWM}: the JVM heap,
 * Spark's and DuckDB's native memory together) and the heap pools' peaks.
 */
final class PeakMemory {
  private PeakMemory() {}

  static String describe() {
    long heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    return String.format("%-36s %s, heap pools' peaks %,d MB (max heap %,d MB)", "peak memory",
        residentPeakKb().map(kb -> String.format("resident %,d MB", kb >> 10)).orElse("resident unknown"),
        heap >> 20, Runtime.getRuntime().maxMemory() >> 20);
  }

  private static Optional<Long> residentPeakKb() {
    try {
      return Files.readAllLines(Path.of("/proc/self/status")).stream()
          .filter(l -> l.startsWith("VmHWM:"))
          .map(l -> Long.parseLong(l.replaceAll("\\D", "")))
          .findFirst();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
