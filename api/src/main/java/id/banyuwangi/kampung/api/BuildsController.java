package id.banyuwangi.kampung.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import id.banyuwangi.kampung.domain.publish.PublishedBuilds;
import id.banyuwangi.kampung.read.BuildInfo;
import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * {@code GET /api/v1/builds}: the published builds kept beside the warehouse ({@link PublishedBuilds},
 * {@code build --keep-builds N}), newest first, each with when it was published and its lineage
 * (the Delta version of every lake table it read, from the kept file's own {@code _build_sources}):
 * the ids {@code asOf=} takes.
 */
final class BuildsController {
  @JsonPropertyOrder({"id", "published_at", "current", "built_at", "delta_versions"})
  record BuildJson(String id, @JsonProperty("published_at") String publishedAt, boolean current,
      @JsonProperty("built_at") String builtAt, @JsonProperty("delta_versions") Map<String, Long> deltaVersions) {}

  record BuildsJson(List<BuildJson> builds) {}

  private final WarehouseConnection warehouse;

  BuildsController(WarehouseConnection warehouse) {
    this.warehouse = warehouse;
  }

  void get(Context ctx) {
    List<BuildJson> builds = new ArrayList<>();
    try (WarehouseBuild.Lease newest = warehouse.lease()) {
      BuildBlock current = newest.build().block();
      boolean currentKept = false;
      for (PublishedBuilds.Kept kept : warehouse.kept()) {
        boolean isCurrent = kept.buildId().equals(current.id());
        currentKept |= isCurrent;
        BuildInfo info = isCurrent ? null : lineage(kept);
        builds.add(isCurrent
            ? new BuildJson(current.id(), kept.publishedAt().toString(), true, current.builtAt(), current.deltaVersions())
            : new BuildJson(kept.buildId(), kept.publishedAt().toString(), false, info.builtAt(), info.sourceVersions()));
      }
      if (!currentKept) {
        builds.add(0, new BuildJson(current.id(), null, true, current.builtAt(), current.deltaVersions()));
      }
    }
    ctx.json(new BuildsJson(builds));
  }

  /** The lineage a kept file records, read through a connection of its own (not one of the served builds'). */
  private static BuildInfo lineage(PublishedBuilds.Kept kept) {
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + kept.file(), readOnly)) {
      return BuildInfo.read(c);
    } catch (SQLException | RuntimeException e) {
      throw new WarehouseUnavailable("cannot read the kept build " + kept.buildId(), e);
    }
  }
}
