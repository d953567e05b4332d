package id.banyuwangi.kampung.domain.fault;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Named points where the crash tests kill a run: with the system property
 * {@code kampung.fault.haltAt=<point>} (or {@code <point>#<n>}: the n-th time it is reached), the
 * JVM halts there with exit code 137, as a SIGKILL would end it: no shutdown hook, no finally
 * block, no flush. Without the property (production) a point costs one null check.
 *
 * <p>Points: {@code ingest.read} (a Spark task starts reading a source file), {@code build.model}
 * (the warehouse build is about to run its next model), {@code build.publish} (the building file is
 * complete and closed, the rename has not happened). The ingest tests add commit points of their
 * own, through a Delta log store that reports {@code delta.commit:<table>} here.
 */
public final class FaultPoint {
  public static final String PROPERTY = "kampung.fault.haltAt";
  /** What a SIGKILL'd process exits with. */
  public static final int EXIT_CODE = 137;

  private static final String TARGET = System.getProperty(PROPERTY);
  private static final Map<String, AtomicInteger> REACHED = new ConcurrentHashMap<>();

  private FaultPoint() {}

  /** Halts the JVM when {@code point} is the configured one (and reached for the configured time). */
  public static void reach(String point) {
    if (TARGET == null) {
      return;
    }
    int hash = TARGET.lastIndexOf('#');
    String name = hash < 0 ? TARGET : TARGET.substring(0, hash);
    int nth = hash < 0 ? 1 : Integer.parseInt(TARGET.substring(hash + 1));
    if (name.equals(point) && REACHED.computeIfAbsent(point, p -> new AtomicInteger()).incrementAndGet() == nth) {
      System.err.println("kampung fault point reached: " + TARGET + ", halting");
      System.err.flush();
      Runtime.getRuntime().halt(EXIT_CODE);
    }
  }
}
