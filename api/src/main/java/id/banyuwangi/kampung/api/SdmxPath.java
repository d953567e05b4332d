package id.banyuwangi.kampung.api;

import java.util.Set;

/**
 * The artefact a SDMX REST path names: the agency ({@value SdmxStructure#AGENCY}), an id and a
 * version, each of which may be the wildcard {@code *} (and the version {@code ~} or
 * {@code latest}, the latest). Anything else is a 404: this server holds one agency's artefacts.
 */
final class SdmxPath {
  private static final Set<String> ANY = Set.of("*", "all");
  private static final Set<String> LATEST = Set.of("*", "~", "latest", "+", SdmxStructure.VERSION);

  private SdmxPath() {}

  static void agency(String agency) {
    if (agency != null && !ANY.contains(agency) && !agency.equals(SdmxStructure.AGENCY)) {
      throw new ClientError(404, "no such agency: this server's artefacts are maintained by " + SdmxStructure.AGENCY);
    }
  }

  /** Whether {@code id} (null: absent) names {@code artefact}. */
  static boolean names(String id, String artefact) {
    return id == null || ANY.contains(id) || id.equals(artefact);
  }

  static void version(String version) {
    if (version != null && !LATEST.contains(version)) {
      throw new ClientError(404, "no such version: the artefacts' version is " + SdmxStructure.VERSION);
    }
  }
}
