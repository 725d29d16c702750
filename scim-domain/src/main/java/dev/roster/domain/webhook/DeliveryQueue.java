package dev.roster.domain.webhook;

import dev.roster.domain.event.Event;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The deliveries waiting for, being sent to, or done with endpoints. Order is kept per endpoint and
 * organization: only the oldest pending delivery (lowest event position) of each (webhook,
 * organization) can be claimed, so a failing endpoint holds back only that organization's later
 * events for that endpoint. Claims are leases: a claimed delivery is not claimed again until its
 * lease ends, so a node that dies mid-delivery is replaced by another once the lease expires.
 */
public interface DeliveryQueue {
  /** An event to deliver to a webhook. */
  record NewDelivery(UUID webhookId, UUID eventId, UUID organizationId, long position) {
    public static NewDelivery of(UUID webhookId, Event event) {
      return new NewDelivery(webhookId, event.id(), event.organizationId(), event.position());
    }
  }

  /** A leased delivery with the event to send. */
  record Claimed(UUID id, UUID webhookId, Event event, int attempts, Instant firstAttemptAt) {}

  /** What to do with a delivery after an attempt. */
  sealed interface Outcome permits Delivered, RetryAt, GiveUp {}

  record Delivered() implements Outcome {}

  record RetryAt(Instant at) implements Outcome {}

  record GiveUp() implements Outcome {}

  /**
   * The position up to which events have been fanned out, locked until the caller's transaction
   * ends, so that one dispatcher runs at a time across nodes.
   */
  long lockDispatchPosition();

  void advanceDispatchPosition(long position);

  /**
   * Whether any event is positioned after {@code position}: the idle worker's only question, so
   * that polling costs one indexed probe and no event reads.
   */
  boolean hasEventsAfter(long position);

  /** Inserts pending deliveries, due now, in one batch. */
  void enqueue(Collection<NewDelivery> deliveries, Instant now);

  /**
   * Leases up to {@code max} due deliveries, each the oldest pending one of its (webhook,
   * organization), skipping rows another node holds; in the caller's short transaction.
   */
  List<Claimed> claim(int max, Instant now, Instant leaseUntil);

  /** Stores the attempt and applies its outcome, ending the lease. */
  void record(DeliveryAttempt attempt, Outcome outcome, Instant now);

  /** A webhook's deliveries, newest first, below {@code beforeSequence} (null: from the newest). */
  List<WebhookDelivery> page(UUID webhookId, Long beforeSequence, int limit);

  Optional<WebhookDelivery> find(UUID webhookId, UUID deliveryId);
}
