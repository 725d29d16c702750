package dev.roster.application.overload;

/**
 * A token bucket: holds up to {@code burst} tokens, refilled at {@code perSecond}; each request
 * takes one. The limit is passed on every call rather than fixed, so a changed setting applies to
 * existing buckets at once. Times are {@link System#nanoTime()} readings, passed in for tests.
 */
final class TokenBucket {
  private static final double NANOS_PER_SECOND = 1e9;

  private double tokens;
  private long last;

  /** A full bucket: a new caller may send its whole burst at once. */
  TokenBucket(RateLimit limit, long now) {
    this.tokens = limit.burst();
    this.last = now;
  }

  /** Takes a token: 0 when there was one, else the nanoseconds until there will be one. */
  synchronized long take(RateLimit limit, long now) {
    refill(limit, now);
    if (tokens >= 1) {
      tokens -= 1;
      return 0;
    }
    return (long) Math.ceil((1 - tokens) / limit.perSecond() * NANOS_PER_SECOND);
  }

  /** Whether the bucket is full at {@code now}: then it is no different from a new one. */
  synchronized boolean full(RateLimit limit, long now) {
    refill(limit, now);
    return tokens >= limit.burst();
  }

  private void refill(RateLimit limit, long now) {
    long elapsed = now - last;
    if (elapsed > 0) {
      tokens = Math.min(limit.burst(), tokens + elapsed / NANOS_PER_SECOND * limit.perSecond());
      last = now;
    }
    // A lowered burst applies at once.
    tokens = Math.min(tokens, limit.burst());
  }
}
