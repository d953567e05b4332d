package id.banyuwangi.kampung.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /health}: {@code {"status":"ok","build_id":...,"built_at":...,"min_cell":5}} from {@code _build_info}. */
final class HealthController {
  private final WarehouseConnection warehouse;

  HealthController(WarehouseConnection warehouse) {
    this.warehouse = warehouse;
  }

  void get(Context ctx) {
    Map<String, Object> body = new LinkedHashMap<>();
    try (WarehouseBuild.Lease lease = warehouse.lease()) {
      body.put("status", "ok");
      body.put("build_id", lease.build().info("build_id"));
      body.put("built_at", lease.build().info("built_at"));
      body.put("min_cell", lease.build().catalog().minCell()); // the small-cell threshold public answers follow
    }
    ctx.json(body);
  }
}
