package id.banyuwangi.kampung.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import id.banyuwangi.kampung.domain.region.Area;
import id.banyuwangi.kampung.domain.region.RegionHierarchy;
import io.javalin.http.Context;
import java.util.Comparator;
import java.util.List;

/** {@code GET /api/v1/areas/{code}}: an area and the areas one level below it, ordered by code. */
final class AreasController {
  record AreaJson(
      String area,
      @JsonProperty("area_name") String areaName,
      @JsonProperty("area_level") String areaLevel) {

    static AreaJson of(Area a) {
      return new AreaJson(a.code(), a.name(), a.level().name());
    }
  }

  record AreaWithChildren(
      String area,
      @JsonProperty("area_name") String areaName,
      @JsonProperty("area_level") String areaLevel,
      List<AreaJson> children) {}

  void get(Context ctx) {
    Area area = AreaParam.parse(ctx.pathParam("code"));
    List<AreaJson> children = RegionHierarchy.banyuwangi().children(area.code()).stream()
        .sorted(Comparator.comparing(Area::code))
        .map(AreaJson::of)
        .toList();
    ctx.json(new AreaWithChildren(area.code(), area.name(), area.level().name(), children));
  }
}
