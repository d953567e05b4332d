package id.banyuwangi.kampung.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import id.banyuwangi.kampung.read.BuildInfo;
import java.util.Map;

/**
 * Which build an answer came from and what that build read: its id, time, and the Delta version of
 * every lake table ({@code _build_info}, {@code _build_sources}); the {@code build} block of JSON
 * and SDMX-JSON answers, and {@code X-Kampung-Build} names its id.
 */
@JsonPropertyOrder({"id", "built_at", "delta_versions"})
record BuildBlock(String id, @JsonProperty("built_at") String builtAt,
    @JsonProperty("delta_versions") Map<String, Long> deltaVersions) {
  static final String HEADER = "X-Kampung-Build";

  static BuildBlock of(String id, BuildInfo info) {
    return new BuildBlock(id, info.builtAt(), info.sourceVersions());
  }
}
