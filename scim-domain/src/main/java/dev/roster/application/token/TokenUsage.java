package dev.roster.application.token;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Last use of each token, kept in memory so that a SCIM request does not write; {@link
 * TokenUsageFlusher} stores it every few seconds and token listings merge it in.
 */
@ApplicationScoped
public class TokenUsage {
  private final Map<java.util.UUID, Instant> pending = new ConcurrentHashMap<>();

  public void record(java.util.UUID tokenId, Instant at) {
    pending.merge(tokenId, at, (a, b) -> a.isAfter(b) ? a : b);
  }

  public Instant lastUse(java.util.UUID tokenId) {
    return pending.get(tokenId);
  }

  /** Removes and returns what is pending. */
  public Map<java.util.UUID, Instant> drain() {
    Map<java.util.UUID, Instant> drained = new java.util.HashMap<>();
    for (var id : pending.keySet()) {
      Instant at = pending.remove(id);
      if (at != null) {
        drained.put(id, at);
      }
    }
    return drained;
  }
}
