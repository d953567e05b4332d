package id.banyuwangi.kampung.api.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * Per-client token buckets (Bucket4j): an anonymous client is its IP address, a keyed one its key's
 * name. A key with {@code aggregates:read} gets the keyed limit, every other client the anonymous
 * one. Each limit is requests per minute, refilled gradually, with a whole minute's worth as burst.
 * Buckets of clients unseen for ten minutes are dropped (they would be full again anyway).
 */
public final class RateLimits {
  /** Requests per minute; 0: no limit. */
  public record Config(long anonymousPerMinute, long keyedPerMinute) {
    public static final Config NONE = new Config(0, 0);
    /** What {@code kampung serve} uses unless told otherwise. */
    public static final long SERVE_ANONYMOUS = 600;
    public static final long SERVE_KEYED = 6000;

    public Config {
      if (anonymousPerMinute < 0 || keyedPerMinute < 0) {
        throw new IllegalArgumentException("a rate limit is a number of requests per minute, 0 for none");
      }
    }
  }

  private final Config config;
  private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
      .expireAfterAccess(Duration.ofMinutes(10)).maximumSize(100_000).build();

  public RateLimits(Config config) {
    this.config = config;
  }

  /**
   * Takes one request of the client's allowance (the key's, {@code key} null: the address's):
   * empty when allowed, else the seconds to wait.
   */
  public OptionalLong take(ApiKey key, String address) {
    long perMinute = key != null && key.holds(Scope.AGGREGATES_READ) ? config.keyedPerMinute() : config.anonymousPerMinute();
    if (perMinute == 0) {
      return OptionalLong.empty();
    }
    Bucket bucket = buckets.get(key != null ? "key:" + key.name() : "ip:" + address, c -> Bucket.builder()
        .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1))).build());
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L));
  }
}
