package dev.roster.domain.webhook;

import dev.roster.domain.common.ValidationException;
import dev.roster.domain.event.EventTypes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * An endpoint that receives events. An organization's webhook ({@code organizationId} set) gets
 * that organization's events only; a platform webhook ({@code organizationId} null) gets those of
 * {@code organizations}, or of all when empty. {@code eventTypes} empty means every type. Secrets
 * are held encrypted (they must be read back to sign); after a rotation the previous secret keeps
 * signing until {@code previousSecretExpiresAt}, so receivers can switch without losing a delivery.
 */
public record Webhook(
    UUID id,
    UUID organizationId,
    String url,
    Set<String> eventTypes,
    Set<UUID> organizations,
    String secretEncrypted,
    String previousSecretEncrypted,
    Instant previousSecretExpiresAt,
    Instant createdAt,
    Instant disabledAt,
    String disabledReason) {

  public Webhook {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(secretEncrypted, "secretEncrypted");
    Objects.requireNonNull(createdAt, "createdAt");
    eventTypes = Set.copyOf(eventTypes);
    organizations = Set.copyOf(organizations);
    if (organizationId != null && !organizations.isEmpty()) {
      throw new IllegalArgumentException("an organization's webhook gets its own events only");
    }
  }

  /** A new, enabled webhook; {@code url} must have passed the {@link WebhookUrlPolicy}. */
  public static Webhook create(
      UUID organizationId,
      String url,
      Set<String> eventTypes,
      Set<UUID> organizations,
      String secretEncrypted,
      Instant now) {
    for (String type : eventTypes) {
      if (!EventTypes.isKnown(type)) {
        throw new ValidationException(
            "Unknown event type '" + type + "'; known types: " + String.join(", ", EventTypes.ALL));
      }
    }
    return new Webhook(
        UUID.randomUUID(),
        organizationId,
        url,
        eventTypes,
        organizations,
        secretEncrypted,
        null,
        null,
        now,
        null,
        null);
  }

  /** Whether an event of {@code type} in {@code organization} goes to this endpoint. */
  public boolean wants(String type, UUID organization) {
    boolean forOrganization =
        organizationId != null
            ? organizationId.equals(organization)
            : organizations.isEmpty() || organizations.contains(organization);
    return forOrganization && (eventTypes.isEmpty() || eventTypes.contains(type));
  }

  /**
   * Whether a newly committed event is sent here: one it wants that happened once the endpoint
   * existed. An endpoint starts with the events after its creation, as a poller starts from its
   * first cursor; older ones reach it only through a replay.
   */
  public boolean receives(String type, UUID organization, Instant occurredAt) {
    return wants(type, organization) && !occurredAt.isBefore(createdAt);
  }

  public boolean enabled() {
    return disabledAt == null;
  }

  /** The secrets that sign a delivery now: the current one, then the previous during overlap. */
  public List<String> signingSecretsEncrypted(Instant now) {
    List<String> secrets = new ArrayList<>(2);
    secrets.add(secretEncrypted);
    if (previousSecretEncrypted != null
        && previousSecretExpiresAt != null
        && now.isBefore(previousSecretExpiresAt)) {
      secrets.add(previousSecretEncrypted);
    }
    return secrets;
  }

  /** The webhook with a new secret; the current one stays valid for {@code overlap}. */
  public Webhook rotate(String newSecretEncrypted, Instant now, Duration overlap) {
    return new Webhook(
        id,
        organizationId,
        url,
        eventTypes,
        organizations,
        newSecretEncrypted,
        secretEncrypted,
        now.plus(overlap),
        createdAt,
        disabledAt,
        disabledReason);
  }

  /** The Standard Webhooks message id: the same for every try of one event at one endpoint. */
  public String messageId(UUID eventId) {
    return "msg_"
        + UUID.nameUUIDFromBytes(
                (id + ":" + eventId).getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .toString()
            .replace("-", "");
  }
}
