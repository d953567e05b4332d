package id.banyuwangi.kampung.api.access;

import java.nio.file.Path;
import java.util.List;

/**
 * How the server controls access: its key store ({@code null}: {@code WAREHOUSE_FILE.keys}), the
 * origins whose browser pages may call the API (CORS; none by default) and the rate limits.
 */
public record AccessOptions(Path keysFile, List<String> corsOrigins, RateLimits.Config limits) {
  /** Keys beside the warehouse, no CORS origin, no rate limit (tests and embedded use). */
  public static final AccessOptions DEFAULT = new AccessOptions(null, List.of(), RateLimits.Config.NONE);

  public AccessOptions {
    corsOrigins = List.copyOf(corsOrigins);
  }

  public Path keysFileOf(Path warehouseFile) {
    return keysFile != null ? keysFile : KeyStore.besideWarehouse(warehouseFile);
  }
}
