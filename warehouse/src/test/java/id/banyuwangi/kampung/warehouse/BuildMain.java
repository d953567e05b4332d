package id.banyuwangi.kampung.warehouse;

import id.banyuwangi.kampung.domain.progress.Progress;
import java.nio.file.Path;

/** {@code BuildMain LAKE WAREHOUSE}: one build in a JVM of its own, for the crash tests. */
public final class BuildMain {
  private BuildMain() {}

  public static void main(String[] args) {
    System.out.println(WarehouseBuilder.build(args[0], Path.of(args[1]), Progress.NONE).buildId());
  }
}
