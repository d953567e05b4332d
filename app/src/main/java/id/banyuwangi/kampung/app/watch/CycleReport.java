package id.banyuwangi.kampung.app.watch;

import java.time.Duration;
import java.util.Locale;

/**
 * One watch cycle, from the first file seen to the new build answered by the API.
 *
 * @param detect from the first file of the batch seen to the cycle's start (the quiet wait that
 *     gathers a day's files into one batch)
 * @param ingest the ingest run over the batch's files
 * @param build the warehouse build, its data tests and the atomic rename (zero when a batch read nothing new)
 * @param publish from the rename to the API answering from the new build (zero without {@code --serve})
 * @param buildId the published build, or null when nothing was rebuilt
 */
public record CycleReport(int cycle, int files, long linesRead, long accepted, Duration detect,
    Duration ingest, Duration build, Duration publish, String buildId) {

  /** Landed (first file seen) to visible (answered from the new build). */
  public Duration landedToVisible() {
    return detect.plus(ingest).plus(build).plus(publish);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "watch cycle %d: %,d files, %,d lines (%,d new) landed -> visible in %.1f s:"
            + " detect %.1f s, ingest %.1f s, build %.1f s, publish %.1f s%s",
        cycle, files, linesRead, accepted, secs(landedToVisible()), secs(detect), secs(ingest), secs(build),
        secs(publish), buildId == null ? " (nothing new: not rebuilt)" : " -> build " + buildId);
  }

  private static double secs(Duration d) {
    return d.toMillis() / 1000.0;
  }
}
