package id.banyuwangi.kampung.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** How the benchmark republishes the warehouse a server is reading: each run publishes one new file. */
final class Republish {
  private Republish() {}

  /**
   * A real rebuild from the lake, published atomically by the builder, in a JVM of its own as a
   * deployment runs {@code kampung build} beside {@code kampung serve}: the build's memory at the
   * regency's volume is not taken from the server's heap, nor the load clients'.
   */
  static Runnable rebuilding(String lake, Path warehouse) {
    return () -> {
      String java = ProcessHandle.current().info().command().orElse("java");
      List<String> command = List.of(java, "-Xmx" + (Runtime.getRuntime().maxMemory() >> 20) + "m",
          "-cp", System.getProperty("java.class.path"), Kampung.class.getName(),
          "build", "--lake", lake, "--warehouse", warehouse.toString());
      try {
        Process build = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        int exit = build.waitFor();
        if (exit != 0) {
          throw new IllegalStateException("the republishing build exited with " + exit);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the republishing build", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while republishing", e);
      }
    };
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
