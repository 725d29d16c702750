package dev.roster.application.webhook;

import dev.roster.application.audit.AuditRecorder;
import dev.roster.application.common.Actor;
import dev.roster.domain.common.NotFoundException;
import dev.roster.domain.webhook.Webhook;
import dev.roster.domain.webhook.WebhookRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * The one place a caller's webhooks are told apart from others': an admin owns its organization's,
 * the platform those with no organization; anyone else's webhook is "not found". Runs in the
 * calling use case's transaction.
 */
@ApplicationScoped
public class OwnedWebhooks {
  @Inject WebhookRepository webhooks;
  @Inject AuditRecorder audit;

  /** The owner key of {@code actor}'s webhooks: its organization, or null for the platform. */
  public UUID owner(Actor actor) {
    return actor.kind() == Actor.Kind.PLATFORM ? null : actor.organizationId();
  }

  public Webhook find(Actor actor, UUID id) {
    return webhooks
        .find(owner(actor), id)
        .orElseThrow(() -> new NotFoundException("No webhook " + id + "."));
  }

  /** Platform actions have no organization to audit in; an admin's go to its trail. */
  public void audit(Actor actor, String action, Webhook webhook, String detail) {
    if (actor.organizationId() != null) {
      audit.success(actor, action, "WEBHOOK", webhook.id(), detail);
    }
  }
}
