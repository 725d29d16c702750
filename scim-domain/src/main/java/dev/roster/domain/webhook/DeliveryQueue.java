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

  /** An attempt at a claimed delivery and what follows from it. */
  record Result(Claimed delivery, DeliveryAttempt attempt, Outcome outcome) {}

  /**
   * The position up to which events have been fanned out, locked until the caller's transaction
   * ends, so that one dispatcher runs at a time across nodes.
   */
  long lockDispatchPosition();

  void advanceDispatchPosition(long position);

  /**
   * Up to {@code max} events positioned after {@code position}, ascending: what {@code
   * EventLog.readAfter} returns for all organizations and types (positions are final), read in the
   * dispatcher's transaction over plain JDBC so that the background worker never shows in the
   * server's SQL statement counts.
   */
  List<Event> eventsAfter(long position, int max);

  /** Inserts pending deliveries, due now, in one batch. */
  void enqueue(Collection<NewDelivery> deliveries, Instant now);

  /**
   * Leases the oldest pending delivery of up to {@code streams} (webhook, organization) pairs that
   * are due, skipping rows another node holds, and with each up to {@code perStream - 1} of the
   * same pair's next pending deliveries (nobody else can take those while the oldest is leased); in
   * the caller's short transaction. Returned in position order.
   */
  List<Claimed> claim(int streams, int perStream, Instant now, Instant leaseUntil, String holder);

  /**
   * Ends the leases {@code holder} holds on pending deliveries: a node restarted after a crash
   * frees what its dead incarnation (same node name) had claimed; returns how many.
   */
  int releaseHeldBy(String holder, Instant now);

  /** Ends the lease of deliveries that were claimed but not sent (their stream's head failed). */
  void release(Collection<UUID> deliveryIds);

  /**
   * Stores the attempts and applies their outcomes, ending their leases: two batched statements
   * however many there are.
   */
  void record(List<Result> results, Instant now);

  /** How many deliveries are pending (due, retrying or being sent); in the caller's transaction. */
  long countPending();

  /** A webhook's deliveries, newest first, below {@code beforeSequence} (null: from the newest). */
  List<WebhookDelivery> page(UUID webhookId, Long beforeSequence, int limit);

  Optional<WebhookDelivery> find(UUID webhookId, UUID deliveryId);
}
