package dev.roster.application.webhook;

import dev.roster.application.common.Actor;
import dev.roster.application.sso.SecretCipher;
import dev.roster.domain.audit.AuditActions;
import dev.roster.domain.common.ValidationException;
import dev.roster.domain.organization.Organization;
import dev.roster.domain.organization.OrganizationRepository;
import dev.roster.domain.webhook.Webhook;
import dev.roster.domain.webhook.WebhookRepository;
import dev.roster.domain.webhook.WebhookSecrets;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Registering, listing, rotating and deleting webhooks. Every call is scoped to its owner: an
 * admin's organization, or the platform (platform webhooks have no organization); another owner's
 * webhook is "not found".
 */
@Stateless
public class WebhookService {
  @Inject WebhookRepository webhooks;
  @Inject OrganizationRepository organizations;
  @Inject SecretCipher cipher;
  @Inject WebhookSettings settings;
  @Inject OwnedWebhooks owned;

  /**
   * Registers a webhook for {@code actor}'s owner; {@code organizationSlugs} only for the platform
   * (empty: all organizations), {@code eventTypes} empty: all types.
   */
  public CreatedWebhook create(
      Actor actor, String url, Set<String> eventTypes, List<String> organizationSlugs) {
    String checked = settings.urlPolicy().check(url).toString();
    Set<UUID> scope = new LinkedHashSet<>();
    if (!organizationSlugs.isEmpty()) {
      if (actor.kind() != Actor.Kind.PLATFORM) {
        throw new ValidationException(
            "'organizations' is for platform webhooks; an admin's webhook gets its own"
                + " organization's events.");
      }
      for (String slug : organizationSlugs) {
        scope.add(
            organizations
                .findBySlug(slug)
                .map(Organization::id)
                .orElseThrow(() -> new ValidationException("No organization '" + slug + "'.")));
      }
    }
    String secret = WebhookSecrets.newSecret();
    Webhook webhook =
        Webhook.create(
            owned.owner(actor), checked, eventTypes, scope, cipher.encrypt(secret), Instant.now());
    webhooks.add(webhook);
    owned.audit(actor, AuditActions.WEBHOOK_CREATED, webhook, webhook.url());
    return new CreatedWebhook(view(webhook), secret);
  }

  public List<WebhookView> list(Actor actor) {
    List<Webhook> list = webhooks.list(owned.owner(actor));
    Map<UUID, String> slugs =
        organizations.slugs(
            list.stream().flatMap(w -> w.organizations().stream()).collect(Collectors.toSet()));
    return list.stream().map(w -> WebhookView.of(w, slugs)).toList();
  }

  public WebhookView get(Actor actor, UUID id) {
    return view(owned.find(actor, id));
  }

  public void delete(Actor actor, UUID id) {
    Webhook webhook = owned.find(actor, id);
    webhooks.delete(webhook.id());
    owned.audit(actor, AuditActions.WEBHOOK_DELETED, webhook, webhook.url());
  }

  /**
   * Enables a disabled webhook: its queued events flow again from the oldest still pending (the one
   * that failed for good stays failed; redeliver it if it matters).
   */
  public WebhookView enable(Actor actor, UUID id) {
    Webhook webhook = owned.find(actor, id);
    if (webhooks.enable(webhook.id())) {
      owned.audit(actor, AuditActions.WEBHOOK_ENABLED, webhook, webhook.url());
    }
    return view(owned.find(actor, id));
  }

  /** A new secret, shown once; the previous one keeps signing for the configured overlap. */
  public String rotateSecret(Actor actor, UUID id) {
    Webhook webhook = owned.find(actor, id);
    String secret = WebhookSecrets.newSecret();
    webhooks.updateSecrets(
        webhook.rotate(cipher.encrypt(secret), Instant.now(), settings.secretOverlap()));
    owned.audit(actor, AuditActions.WEBHOOK_SECRET_ROTATED, webhook, webhook.url());
    return secret;
  }

  /** One webhook's view, its organizations' slugs read in one query (none for an admin's). */
  private WebhookView view(Webhook webhook) {
    return WebhookView.of(webhook, organizations.slugs(webhook.organizations()));
  }
}
