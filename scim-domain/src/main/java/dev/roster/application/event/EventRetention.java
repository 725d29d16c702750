package dev.roster.application.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Removes events older than {@code roster.events.retention.days} (ROSTER_EVENTS_RETENTION_DAYS,
 * default 30) in batches of {@link #BATCH}, each its own short transaction, so no lock is held long
 * and readers and writers keep going.
 */
@ApplicationScoped
public class EventRetention {
  static final int BATCH = 5000;

  @Inject
  @ConfigProperty(name = "roster.events.retention.days", defaultValue = "30")
  int retentionDays;

  @Inject EventBatches batches;

  /** Returns how many events were removed. */
  public int purge() {
    Instant cutoff = Instant.now().minus(Duration.ofDays(Math.max(1, retentionDays)));
    int total = 0;
    int n;
    do {
      n = batches.deleteOlderThan(cutoff, BATCH);
      total += n;
    } while (n == BATCH);
    return total;
  }
}
