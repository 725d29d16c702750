package dev.roster.domain.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Webhook endpoints, scoped by owner: an organization's id, or null for the platform's. */
public interface WebhookRepository {
  void add(Webhook webhook);

  /** The webhook with that id owned by {@code organizationId} (null: a platform webhook). */
  Optional<Webhook> find(UUID organizationId, UUID id);

  /** Any webhook by id, whoever owns it (for the delivery worker). */
  Optional<Webhook> findById(UUID id);

  /** The webhooks owned by {@code organizationId} (null: the platform's), newest first. */
  List<Webhook> list(UUID organizationId);

  /** Every enabled webhook: the dispatcher matches events against them. */
  List<Webhook> enabled();

  void updateSecrets(Webhook webhook);

  /** Disables the webhook unless it already is; returns whether this call disabled it. */
  boolean disable(UUID id, String reason, Instant at);

  /** Enables the webhook again (after its endpoint was fixed); returns whether it was disabled. */
  boolean enable(UUID id);

  void delete(UUID id);
}
