package id.banyuwangi.kampung.api;

import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /health}: {@code {"status":"ok","build_id":...,"built_at":...}} from {@code _build_info}. */
final class HealthController {
  private final WarehouseConnection warehouse;

  HealthController(WarehouseConnection warehouse) {
    this.warehouse = warehouse;
  }

  void get(Context ctx) throws SQLException {
    Map<String, String> info = new HashMap<>();
    try (Connection c = warehouse.connect();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT key, value FROM _build_info")) {
      while (r.next()) {
        info.put(r.getString(1), r.getString(2));
      }
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", "ok");
    body.put("build_id", info.get("build_id"));
    body.put("built_at", info.get("built_at"));
    ctx.json(body);
  }
}
