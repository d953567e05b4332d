package id.banyuwangi.kampung.notebooks;

import id.banyuwangi.kampung.read.BuildInfo;
import id.banyuwangi.kampung.reports.Lang;
import java.sql.Connection;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * When a notebook ran and from which warehouse build ({@code _build_info}), printed at the top of
 * its page so that a printed or mailed page says how fresh its numbers are.
 */
record RunStamp(Instant ranAt, String buildId, String builtAt) {
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
      .withZone(ZoneOffset.UTC);

  /** The stamp of a run starting now on {@code warehouse}; a database without build info says so. */
  static RunStamp now(Connection warehouse) {
    try {
      BuildInfo build = BuildInfo.read(warehouse);
      return new RunStamp(Instant.now(), build.buildId(), build.builtAt());
    } catch (RuntimeException e) {
      // not a published warehouse (no _build_info): the page still runs, and says it
      return new RunStamp(Instant.now(), null, null);
    }
  }

  /** "Dijalankan 2026-12-01 19:20:05 UTC dari build 20261201T185812Z-b54fd6 (dibangun ...)." */
  String text(Lang lang) {
    String ran = SHOWN.format(ranAt);
    return buildId == null ? lang.text("notebook.ranNoBuild", ran)
        : lang.text("notebook.ran", ran, buildId, builtAt == null ? "?" : builtAt);
  }
}
