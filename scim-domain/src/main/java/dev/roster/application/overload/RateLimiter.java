package dev.roster.application.overload;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One token bucket per key (a SCIM token's id). Buckets are only made for authenticated tokens, so
 * their number is bounded by the tokens that exist; still, once there are many, full buckets (idle
 * long enough to equal a new one) are dropped.
 *
 * @param <K> the key a rate is counted against
 */
final class RateLimiter<K> {
  static final int PRUNE_ABOVE = 10_000;

  private final Map<K, TokenBucket> buckets = new ConcurrentHashMap<>();

  /** 0 when {@code key} may proceed, else the nanoseconds until it may. */
  long acquire(K key, RateLimit limit, long now) {
    if (limit.off()) {
      return 0;
    }
    if (buckets.size() > PRUNE_ABOVE) {
      buckets.values().removeIf(b -> b.full(limit, now));
    }
    return buckets.computeIfAbsent(key, k -> new TokenBucket(limit, now)).take(limit, now);
  }

  int size() {
    return buckets.size();
  }
}
