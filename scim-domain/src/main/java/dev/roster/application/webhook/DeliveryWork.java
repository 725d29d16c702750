package dev.roster.application.webhook;

import dev.roster.application.audit.AuditRecorder;
import dev.roster.application.common.Actor;
import dev.roster.application.metrics.RosterMetrics;
import dev.roster.domain.audit.AuditActions;
import dev.roster.domain.webhook.DeliveryAttempt;
import dev.roster.domain.webhook.DeliveryQueue;
import dev.roster.domain.webhook.DeliveryQueue.Claimed;
import dev.roster.domain.webhook.Webhook;
import dev.roster.domain.webhook.WebhookRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
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
    return queue.claim(streams, perStream, now, now.plus(settings.lease()));
  }

  public Optional<Webhook> webhook(UUID id) {
    return webhooks.findById(id);
  }

  /**
   * Records one stream's attempts (a prefix of {@code stream}: sending stops at the first failure)
   * in one transaction, and ends the lease of the rest, which were not sent.
   */
  public void record(List<Claimed> stream, List<DeliveryAttempt> attempts) {
    for (int i = 0; i < attempts.size(); i++) {
      record(stream.get(i), attempts.get(i));
    }
    queue.release(
        stream.subList(attempts.size(), stream.size()).stream().map(Claimed::id).toList());
  }

  private void record(Claimed claimed, DeliveryAttempt attempt) {
    Instant now = Instant.now();
    if (attempt.succeeded()) {
      queue.record(attempt, new DeliveryQueue.Delivered(), now);
      metrics.webhookDelivered(Duration.between(claimed.event().occurredAt(), now));
      return;
    }
    Instant first = claimed.firstAttemptAt() == null ? attempt.at() : claimed.firstAttemptAt();
    Optional<Instant> next =
        settings
            .retrySchedule()
            .next(claimed.attempts() + 1, first, now, ThreadLocalRandom.current()::nextDouble);
    if (next.isPresent()) {
      queue.record(attempt, new DeliveryQueue.RetryAt(next.get()), now);
      return;
    }
    queue.record(attempt, new DeliveryQueue.GiveUp(), now);
    String reason =
        "Event "
            + claimed.event().id()
            + " could not be delivered after "
            + (claimed.attempts() + 1)
            + " attempts since "
            + first
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
}
