package dev.roster.application.webhook;

import dev.roster.domain.webhook.Webhook;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A webhook as the APIs show it: never its secret. */
public record WebhookView(
    UUID id,
    UUID organizationId,
    String url,
    List<String> eventTypes,
    List<UUID> organizations,
    Instant createdAt,
    Instant previousSecretExpiresAt,
    boolean enabled,
    Instant disabledAt,
    String disabledReason) {

  static WebhookView of(Webhook w) {
    return new WebhookView(
        w.id(),
        w.organizationId(),
        w.url(),
        w.eventTypes().stream().sorted().toList(),
        w.organizations().stream().sorted().toList(),
        w.createdAt(),
        w.previousSecretExpiresAt(),
        w.enabled(),
        w.disabledAt(),
        w.disabledReason());
  }
}
