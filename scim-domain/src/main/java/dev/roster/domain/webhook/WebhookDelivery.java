package dev.roster.domain.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One event's delivery to one endpoint, with its attempts (newest first), as admins see it. */
public record WebhookDelivery(
    UUID id,
    long sequence,
    UUID webhookId,
    UUID organizationId,
    UUID eventId,
    String eventType,
    long position,
    DeliveryState state,
    int attempts,
    Instant createdAt,
    Instant nextAttemptAt,
    List<DeliveryAttempt> attemptLog) {
  public WebhookDelivery {
    attemptLog = List.copyOf(attemptLog);
  }
}
