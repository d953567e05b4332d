package id.banyuwangi.kampung.api;

import id.banyuwangi.kampung.domain.region.Area;
import id.banyuwangi.kampung.domain.region.AreaLevel;
import id.banyuwangi.kampung.domain.region.RegionHierarchy;
import java.util.regex.Pattern;

/** The {@code area} query parameter: a known 4-, 6- or 10-digit Kemendagri code. */
final class AreaParam {
  private static final Pattern CODE = Pattern.compile("\\d{4}|\\d{6}|\\d{10}");
  private static final String FORM = "a 4-, 6- or 10-digit Kemendagri code such as 3510, 351001 or 3510012001";

  private AreaParam() {}

  static Area parse(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new BadRequest("area is required: " + FORM);
    }
    if (!CODE.matcher(raw).matches()) {
      throw new BadRequest("malformed area: use " + FORM);
    }
    return RegionHierarchy.banyuwangi().find(raw)
        .orElseThrow(() -> new BadRequest("unknown area " + raw + ": not in Kabupaten Banyuwangi"));
  }

  /** How a title names the area: "Kabupaten Banyuwangi", "Kecamatan Glenmore", "Desa Sumberagung". */
  static String displayName(Area area) {
    return switch (area.level()) {
      case REGENCY -> area.name();
      case DISTRICT -> AreaLevel.DISTRICT.nameId() + " " + area.name();
      case VILLAGE -> capitalized(area.kind()) + " " + area.name();
    };
  }

  private static String capitalized(String word) {
    return word == null || word.isEmpty() ? "" : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
