package dev.roster.application.webhook;

import dev.roster.domain.webhook.Webhook;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A webhook as the APIs show it: never its secret. {@code organizations} are the slugs of the
 * organizations a platform webhook is limited to (empty: all), as they are given on creation.
 */
public record WebhookView(
    UUID id,
    UUID organizationId,
    String url,
    List<String> eventTypes,
    List<String> organizations,
    Instant createdAt,
    Instant previousSecretExpiresAt,
    boolean enabled,
    Instant disabledAt,
    String disabledReason) {

  /** {@code slugs}: at least those of {@code w}'s organizations (an unknown one shows its id). */
  static WebhookView of(Webhook w, Map<UUID, String> slugs) {
    return new WebhookView(
        w.id(),
        w.organizationId(),
        w.url(),
        w.eventTypes().stream().sorted().toList(),
        w.organizations().stream()
            .map(id -> slugs.getOrDefault(id, id.toString()))
            .sorted()
            .toList(),
        w.createdAt(),
        w.previousSecretExpiresAt(),
        w.enabled(),
        w.disabledAt(),
        w.disabledReason());
  }
}
