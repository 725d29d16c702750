package dev.roster.application.metrics;

import dev.roster.domain.event.EventLog;
import dev.roster.domain.webhook.DeliveryQueue;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** How much change-event work is waiting, read in one short transaction. */
@Stateless
public class EventBacklog {
  @Inject EventLog events;
  @Inject DeliveryQueue deliveries;

  /**
   * Events written but not positioned yet (the sequencer is behind), and webhook deliveries not
   * delivered yet (due, retrying or being sent).
   */
  public record Counts(long unpositioned, long undelivered) {}

  public Counts read() {
    return new Counts(events.countUnpositioned(), deliveries.countPending());
  }
}
