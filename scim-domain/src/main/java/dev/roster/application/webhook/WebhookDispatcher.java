package dev.roster.application.webhook;

import dev.roster.domain.event.Event;
import dev.roster.domain.event.EventLog;
import dev.roster.domain.webhook.DeliveryQueue;
import dev.roster.domain.webhook.DeliveryQueue.NewDelivery;
import dev.roster.domain.webhook.Webhook;
import dev.roster.domain.webhook.WebhookRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Fans events out into deliveries: reads the events after its stored position and, in the same
 * transaction, queues one delivery per (event, webhook that wants it) and advances the position. It
 * reads what {@link EventLog#readAfter} would (all organizations and types), over plain JDBC
 * ({@link DeliveryQueue#eventsAfter}) so that the worker never shows in SQL statement counts.
 * Either both happen or neither, so no event is skipped or queued twice; the lock on the position
 * row makes one dispatcher run at a time across nodes. Positions read are final (see {@link
 * EventLog#readAfter}), so advancing past them never skips a late commit.
 */
@Stateless
public class WebhookDispatcher {
  @Inject WebhookRepository webhooks;
  @Inject DeliveryQueue queue;

  /** Dispatches up to {@code max} events; returns how many were read. */
  public int dispatch(int max) {
    long from = queue.lockDispatchPosition();
    List<Event> batch = queue.eventsAfter(from, max);
    if (batch.isEmpty()) {
      return 0;
    }
    List<Webhook> targets = webhooks.enabled();
    List<NewDelivery> deliveries = new ArrayList<>();
    for (Event event : batch) {
      for (Webhook webhook : targets) {
        if (webhook.receives(event.type(), event.organizationId(), event.occurredAt())) {
          deliveries.add(NewDelivery.of(webhook.id(), event));
        }
      }
    }
    queue.enqueue(deliveries, Instant.now());
    queue.advanceDispatchPosition(batch.get(batch.size() - 1).position());
    return batch.size();
  }
}
