package id.banyuwangi.kampung.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import id.banyuwangi.kampung.domain.region.Area;
import id.banyuwangi.kampung.domain.region.RegionHierarchy;
import java.util.Comparator;
import java.util.List;

/**
 * {@code GET /api/v1/areas/{code}}: an area and the areas one level below it, ordered by code;
 * {@code kind} tells a desa from a kelurahan (and is kabupaten or kecamatan above the village).
 */
final class AreasController implements AnswerSource<AreasController.Query> {
  record AreaJson(
      String area,
      @JsonProperty("area_name") String areaName,
      @JsonProperty("area_level") String areaLevel,
      String kind) {

    static AreaJson of(Area a) {
      return new AreaJson(a.code(), a.name(), a.level().name(), a.kind());
    }
  }

  record AreaWithChildren(
      String area,
      @JsonProperty("area_name") String areaName,
      @JsonProperty("area_level") String areaLevel,
      String kind,
      List<AreaJson> children) {}

  record Query(String code) {}

  @Override
  public Query query(Params params, WarehouseBuild build) {
    return new Query(AreaParam.parse(params.path("code")).code());
  }

  @Override
  public Answer answer(WarehouseBuild build, Query q) {
    Area area = AreaParam.parse(q.code());
    List<AreaJson> children = RegionHierarchy.banyuwangi().children(area.code()).stream()
        .sorted(Comparator.comparing(Area::code))
        .map(AreaJson::of)
        .toList();
    return Answer.json(new AreaWithChildren(area.code(), area.name(), area.level().name(), area.kind(), children));
  }
}
