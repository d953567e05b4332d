package id.banyuwangi.kampung.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;

/**
 * Answers kept in bounded memory (Caffeine, weighed by their bytes), keyed by the build they were
 * read from, the route and the canonical query. A published build never changes, so an entry is
 * valid as long as its build is served; a new build empties the cache ({@link #dropAll}), and an
 * old build's key can never match a request on the new one. Each answer is computed once however
 * many requests ask for it at the same moment: the first computes it on its own thread, the others
 * wait for its result (a failure is not kept: the next request tries again). The computations under
 * way are kept apart from the cache, so that a slow one never holds up another key's.
 */
final class AnswerCache {
  private static final long WAIT_S = 30;
  private static final int KEY_WEIGHT = 200; // bytes a key and entry cost beyond the body, roughly

  private record Key(long build, String route, Object query) {}

  /** What computes an answer on a miss. */
  interface Computation {
    Answer answer() throws Exception;
  }

  private final Cache<Key, Answer> cache;
  private final Map<Key, CompletableFuture<Answer>> underWay = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> computed = new ConcurrentHashMap<>();

  /** {@code maxBytes} 0 keeps nothing (every request computes, concurrent ones still once). */
  AnswerCache(long maxBytes) {
    this.cache = Caffeine.newBuilder()
        .maximumWeight(maxBytes)
        .weigher((Key k, Answer a) -> a.weight() + KEY_WEIGHT)
        .build();
  }

  Answer get(WarehouseBuild build, String route, Object query, Computation computation) {
    Key key = new Key(build.generation(), route, query);
    Answer kept = cache.getIfPresent(key);
    if (kept != null) {
      return kept;
    }
    CompletableFuture<Answer> mine = new CompletableFuture<>();
    CompletableFuture<Answer> first = underWay.putIfAbsent(key, mine);
    if (first != null) {
      return await(first);
    }
    try {
      kept = cache.getIfPresent(key); // finished between the two looks
      if (kept == null) {
        computed.computeIfAbsent(route, r -> new LongAdder()).increment();
        kept = computation.answer();
        cache.put(key, kept);
      }
      mine.complete(kept);
    } catch (Throwable t) {
      mine.completeExceptionally(t);
    } finally {
      underWay.remove(key, mine);
    }
    return await(mine);
  }

  private static Answer await(CompletableFuture<Answer> answer) {
    try {
      return answer.get(WAIT_S, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("the answer failed", e.getCause());
    } catch (TimeoutException e) {
      throw new WarehouseUnavailable("the answer is taking too long, try again", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WarehouseUnavailable("interrupted while waiting for the answer", e);
    }
  }

  /** Empties the cache (a new build is served). */
  void dropAll() {
    cache.invalidateAll();
  }

  /** How many answers of {@code route} were computed (misses), since the server started. */
  long computed(String route) {
    LongAdder n = computed.get(route);
    return n == null ? 0 : n.sum();
  }
}
