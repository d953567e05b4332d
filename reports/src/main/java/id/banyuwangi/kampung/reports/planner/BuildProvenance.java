package id.banyuwangi.kampung.reports.planner;

import java.util.List;
import java.util.Map;

/**
 * Where a report's figures come from: the warehouse build ({@code _build_info}: build id, built at,
 * lake) and the Delta table version each source table was read at ({@code _build_sources}).
 */
public record BuildProvenance(Map<String, String> info, List<SourceVersion> sources) {
  /** One row of {@code _build_sources}; {@code deltaVersion} is null for a table absent from the lake. */
  public record SourceVersion(String table, Long deltaVersion, Long fileCount, Long rowCount) {}

  public String buildId() {
    return info.getOrDefault("build_id", "?");
  }
}
