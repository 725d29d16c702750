package dev.roster.application.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Gives committed events their positions, in batches of {@link #BATCH}, each its own short
 * transaction: positions become visible when a batch commits, and a batch's positions are all above
 * those of every batch committed before it (see {@code EventLog#sequence}).
 */
@ApplicationScoped
public class EventSequencer {
  static final int BATCH = 5000;

  @Inject EventBatches batches;
  @Inject Event<EventsPositioned> positioned;

  /** Sequences until no committed event is left unpositioned; returns how many it positioned. */
  public int drain() {
    int total = 0;
    int n;
    do {
      n = batches.sequence(BATCH);
      total += n;
    } while (n == BATCH);
    if (total > 0) {
      positioned.fire(new EventsPositioned(total));
    }
    return total;
  }
}
