package dev.roster.application.webhook;

import dev.roster.application.common.Actor;
import dev.roster.application.common.Paging;
import dev.roster.domain.audit.AuditActions;
import dev.roster.domain.common.NotFoundException;
import dev.roster.domain.common.ValidationException;
import dev.roster.domain.event.Event;
import dev.roster.domain.event.EventLog;
import dev.roster.domain.webhook.DeliveryQueue;
import dev.roster.domain.webhook.DeliveryQueue.NewDelivery;
import dev.roster.domain.webhook.Webhook;
import dev.roster.domain.webhook.WebhookDelivery;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A webhook's delivery history, and sending events again: one, or all from a position. */
@Stateless
public class WebhookDeliveryService {
  /** At most this many events per replay call; the answer says where to continue. */
  static final int MAX_REPLAY = 10_000;

  private static final int PAGE = 1000;

  @Inject OwnedWebhooks owned;
  @Inject DeliveryQueue queue;
  @Inject EventLog events;

  /** What a replay queued, and the position it reached (replay again from there for more). */
  public record Replay(int queued, long through, boolean complete) {}

  public List<WebhookDelivery> deliveries(Actor actor, UUID webhookId, Long before, int limit) {
    Webhook webhook = owned.find(actor, webhookId);
    return queue.page(webhook.id(), before, Paging.size(limit));
  }

  /** Queues the delivery's event again, after that organization's earlier pending events. */
  public WebhookDelivery redeliver(Actor actor, UUID webhookId, UUID deliveryId) {
    Webhook webhook = owned.find(actor, webhookId);
    WebhookDelivery delivery =
        queue
            .find(webhook.id(), deliveryId)
            .orElseThrow(() -> new NotFoundException("No delivery " + deliveryId + "."));
    queue.enqueue(
        List.of(
            new NewDelivery(
                webhook.id(), delivery.eventId(), delivery.organizationId(), delivery.position())),
        Instant.now());
    owned.audit(actor, AuditActions.WEBHOOK_REDELIVERY, webhook, "event " + delivery.eventId());
    return delivery;
  }

  /**
   * Queues every event after {@code after} that the webhook wants, up to where the dispatcher has
   * reached (later events reach the webhook anyway). Holds the dispatcher's lock meanwhile, so no
   * event is queued twice by the two.
   */
  public Replay replay(Actor actor, UUID webhookId, long after) {
    if (after < 0) {
      throw new ValidationException("'after' must be a position (0 or more).");
    }
    Webhook webhook = owned.find(actor, webhookId);
    long dispatched = queue.lockDispatchPosition();
    long position = after;
    List<NewDelivery> queued = new ArrayList<>();
    boolean complete = false;
    while (!complete && queued.size() < MAX_REPLAY) {
      List<Event> page =
          events.readAfter(position, webhook.organizationId(), webhook.eventTypes(), PAGE);
      for (Event event : page) {
        if (event.position() > dispatched) {
          complete = true;
          break;
        }
        if (webhook.wants(event.type(), event.organizationId())) {
          queued.add(NewDelivery.of(webhook.id(), event));
        }
        position = event.position();
        if (queued.size() >= MAX_REPLAY) {
          break;
        }
      }
      complete |= page.size() < PAGE;
    }
    queue.enqueue(queued, Instant.now());
    owned.audit(
        actor,
        AuditActions.WEBHOOK_REDELIVERY,
        webhook,
        "replay after " + after + ": " + queued.size() + " events");
    return new Replay(
        queued.size(), complete ? Math.max(position, dispatched) : position, complete);
  }
}
