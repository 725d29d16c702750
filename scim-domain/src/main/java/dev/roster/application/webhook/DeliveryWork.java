package dev.roster.application.webhook;

import dev.roster.application.audit.AuditRecorder;
import dev.roster.application.common.Actor;
import dev.roster.application.metrics.RosterMetrics;
import dev.roster.domain.audit.AuditActions;
import dev.roster.domain.webhook.DeliveryAttempt;
import dev.roster.domain.webhook.DeliveryQueue;
import dev.roster.domain.webhook.DeliveryQueue.Claimed;
import dev.roster.domain.webhook.DeliveryQueue.Delivered;
import dev.roster.domain.webhook.DeliveryQueue.GiveUp;
import dev.roster.domain.webhook.DeliveryQueue.Outcome;
import dev.roster.domain.webhook.DeliveryQueue.Result;
import dev.roster.domain.webhook.DeliveryQueue.RetryAt;
import dev.roster.domain.webhook.Webhook;
import dev.roster.domain.webhook.WebhookRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

/**
 * The worker's two short transactions around each HTTP call: claiming deliveries (a lease), and
 * recording an attempt with what follows from it (delivered, retry later, or give up and disable
 * the endpoint, telling the organization's admins in the audit trail).
 */
@Stateless
public class DeliveryWork {
  private static final Logger LOG = Logger.getLogger(DeliveryWork.class.getName());

  @Inject DeliveryQueue queue;
  @Inject WebhookRepository webhooks;
  @Inject WebhookSettings settings;
  @Inject AuditRecorder audit;
  @Inject RosterMetrics metrics;

  public List<Claimed> claim(int streams, int perStream) {
    Instant now = Instant.now();
    return queue.claim(streams, perStream, now, now.plus(settings.lease()), settings.nodeName());
  }

  /**
   * Frees the deliveries this node's previous run had claimed when it died: they are sent again now
   * (same {@code webhook-id}) rather than once their lease runs out.
   */
  public int releaseLeftLeases() {
    return queue.releaseHeldBy(settings.nodeName(), Instant.now());
  }

  public Optional<Webhook> webhook(UUID id) {
    return webhooks.findById(id);
  }

  /**
   * Records one stream's attempts (a prefix of {@code stream}: sending stops at the first failure)
   * in one transaction of a few batched statements, and ends the lease of the rest, which were not
   * sent. A delivery that has failed for too long disables its endpoint, telling the organization's
   * admins in the audit trail.
   */
  public void record(List<Claimed> stream, List<DeliveryAttempt> attempts) {
    Instant now = Instant.now();
    List<Result> results = new ArrayList<>(attempts.size());
    for (int i = 0; i < attempts.size(); i++) {
      results.add(
          new Result(stream.get(i), attempts.get(i), outcome(stream.get(i), attempts.get(i), now)));
    }
    queue.record(results, now);
    queue.release(
        stream.subList(attempts.size(), stream.size()).stream().map(Claimed::id).toList());
    for (Result result : results) {
      if (result.outcome() instanceof GiveUp) {
        disable(result.delivery(), result.attempt(), now);
      } else if (result.outcome() instanceof Delivered) {
        metrics.webhookDelivered(Duration.between(result.delivery().event().occurredAt(), now));
      }
    }
  }

  private Outcome outcome(Claimed claimed, DeliveryAttempt attempt, Instant now) {
    if (attempt.succeeded()) {
      return new Delivered();
    }
    return settings
        .retrySchedule()
        .next(
            claimed.attempts() + 1,
            firstAttempt(claimed, attempt),
            now,
            ThreadLocalRandom.current()::nextDouble)
        .<Outcome>map(RetryAt::new)
        .orElseGet(GiveUp::new);
  }

  private void disable(Claimed claimed, DeliveryAttempt attempt, Instant now) {
    String reason =
        "Event "
            + claimed.event().id()
            + " could not be delivered after "
            + (claimed.attempts() + 1)
            + " attempts since "
            + firstAttempt(claimed, attempt)
            + "; last: "
            + attempt.problem();
    if (webhooks.disable(claimed.webhookId(), reason, now)) {
      LOG.warning(() -> "Webhook " + claimed.webhookId() + " disabled: " + reason);
      audit.success(
          Actor.system(claimed.event().organizationId()),
          AuditActions.WEBHOOK_DISABLED,
          "WEBHOOK",
          claimed.webhookId(),
          reason);
    }
  }

  private static Instant firstAttempt(Claimed claimed, DeliveryAttempt attempt) {
    return claimed.firstAttemptAt() == null ? attempt.at() : claimed.firstAttemptAt();
  }
}
