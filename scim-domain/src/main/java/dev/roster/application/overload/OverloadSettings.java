package dev.roster.application.overload;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The overload settings, read live (at most once a second) rather than injected once: an operator
 * can change them on a running server through a WildFly system property, e.g. {@code
 * /system-property=roster.scim.rate.limit.per.second:add(value=50)}, and the tests do the same.
 */
@ApplicationScoped
public class OverloadSettings {
  static final String RATE = "roster.scim.rate.limit.per.second";
  static final String BURST = "roster.scim.rate.limit.burst";
  static final String MAX_IN_FLIGHT = "roster.scim.max.in.flight";
  static final String WAIT_MILLIS = "roster.scim.in.flight.wait.millis";
  static final String POOL_SIZE = "roster.db.pool.size";

  static final double DEFAULT_RATE = 200;
  static final int DEFAULT_BURST = 1000;
  static final int DEFAULT_POOL_SIZE = 40;
  static final long DEFAULT_WAIT_MILLIS = 100;
  private static final Logger LOG = Logger.getLogger(OverloadSettings.class.getName());
  private static final long REFRESH_NANOS = Duration.ofSeconds(1).toNanos();

  /** The settings in force. */
  record Limits(RateLimit rate, int maxInFlight, long waitNanos) {}

  @Inject Config config;

  private volatile Limits limits;
  private volatile long readAt;

  Limits current() {
    long now = System.nanoTime();
    Limits l = limits;
    if (l == null || now - readAt > REFRESH_NANOS) {
      l = read();
      limits = l;
      readAt = now;
    }
    return l;
  }

  private Limits read() {
    int pool = value(POOL_SIZE, Integer.class, DEFAULT_POOL_SIZE);
    return new Limits(
        new RateLimit(
            value(RATE, Double.class, DEFAULT_RATE), value(BURST, Integer.class, DEFAULT_BURST)),
        value(MAX_IN_FLIGHT, Integer.class, defaultMaxInFlight(pool)),
        Duration.ofMillis(Math.max(0, value(WAIT_MILLIS, Long.class, DEFAULT_WAIT_MILLIS)))
            .toNanos());
  }

  /** A mistyped value falls back to the default (logged) rather than failing every request. */
  private <T> T value(String name, Class<T> type, T fallback) {
    try {
      return config.getOptionalValue(name, type).orElse(fallback);
    } catch (IllegalArgumentException e) {
      LOG.warning(name + " is not a valid " + type.getSimpleName() + "; using " + fallback);
      return fallback;
    }
  }

  /**
   * Three quarters of the database pool: a SCIM request holds at most one connection, and the rest
   * stays for the admin API, the console and the background jobs (webhooks, event sequencing)
   * however saturated SCIM is.
   */
  static int defaultMaxInFlight(int poolSize) {
    return Math.max(1, poolSize * 3 / 4);
  }
}
