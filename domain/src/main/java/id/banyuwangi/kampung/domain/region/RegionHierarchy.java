package id.banyuwangi.kampung.domain.region;

import id.banyuwangi.kampung.domain.reference.ReferenceData;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;

/** The real Banyuwangi hierarchy: the regency (3510), its 25 kecamatan and 217 villages. */
public final class RegionHierarchy {
  public static final String REGENCY_CODE = "3510";
  public static final String REGENCY_NAME = "Kabupaten Banyuwangi";

  private final Map<String, Area> byCode;
  private final Map<String, List<Area>> childrenByCode;

  private RegionHierarchy(List<Area> areas) {
    Map<String, Area> codes = new LinkedHashMap<>();
    Map<String, List<Area>> children = new LinkedHashMap<>();
    for (Area area : areas) {
      codes.put(area.code(), area);
      if (area.parentCode() != null) {
        children.computeIfAbsent(area.parentCode(), k -> new ArrayList<>()).add(area);
      }
    }
    this.byCode = Collections.unmodifiableMap(codes);
    children.replaceAll((k, v) -> List.copyOf(v));
    this.childrenByCode = Collections.unmodifiableMap(children);
  }

  private static final class Holder {
    private static final RegionHierarchy BANYUWANGI = load();
  }

  /** The hierarchy shipped with the product (loaded once). */
  public static RegionHierarchy banyuwangi() {
    return Holder.BANYUWANGI;
  }

  private static RegionHierarchy load() {
    List<Area> areas = new ArrayList<>();
    areas.add(new Area(REGENCY_CODE, REGENCY_NAME, AreaLevel.REGENCY, null, "kabupaten", -8.35, 114.2));
    Map<String, double[]> districtCentroids = new LinkedHashMap<>();
    List<CSVRecord> villages = ReferenceData.csv("regions/banyuwangi_villages.csv");
    for (CSVRecord v : villages) {
      double[] c = districtCentroids.computeIfAbsent(v.get("district_code"), k -> new double[3]);
      c[0] += Double.parseDouble(v.get("centroid_lat"));
      c[1] += Double.parseDouble(v.get("centroid_lng"));
      c[2]++;
    }
    for (CSVRecord d : ReferenceData.csv("regions/banyuwangi_districts.csv")) {
      double[] c = districtCentroids.getOrDefault(d.get("district_code"), new double[] {0, 0, 1});
      areas.add(new Area(d.get("district_code"), d.get("district_name"), AreaLevel.DISTRICT,
          REGENCY_CODE, "kecamatan", c[0] / c[2], c[1] / c[2]));
    }
    for (CSVRecord v : villages) {
      areas.add(new Area(v.get("village_code"), v.get("village_name"), AreaLevel.VILLAGE,
          v.get("district_code"), v.get("kind"),
          Double.parseDouble(v.get("centroid_lat")), Double.parseDouble(v.get("centroid_lng"))));
    }
    return new RegionHierarchy(areas);
  }

  public Optional<Area> find(String code) {
    return Optional.ofNullable(code == null ? null : byCode.get(code));
  }

  public boolean isVillage(String code) {
    return find(code).map(a -> a.level() == AreaLevel.VILLAGE).orElse(false);
  }

  /** Areas one level down, in reference order; empty for a village. */
  public List<Area> children(String code) {
    return childrenByCode.getOrDefault(code, List.of());
  }

  public List<Area> all() {
    return List.copyOf(byCode.values());
  }

  public List<Area> atLevel(AreaLevel level) {
    return byCode.values().stream().filter(a -> a.level() == level).toList();
  }

  public List<Area> villages() {
    return atLevel(AreaLevel.VILLAGE);
  }

  public List<Area> districts() {
    return atLevel(AreaLevel.DISTRICT);
  }
}
