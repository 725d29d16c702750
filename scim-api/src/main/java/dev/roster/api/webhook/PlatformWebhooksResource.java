package dev.roster.api.webhook;

import dev.roster.application.common.Actor;
import jakarta.ws.rs.Path;
import java.util.UUID;

/**
 * The platform operator's webhooks (authorised by {@code PlatformKeyFilter}): for all
 * organizations, or those listed by slug.
 */
@Path("api/platform/v1/webhooks")
public class PlatformWebhooksResource extends WebhookEndpoints {
  private final String requestId = UUID.randomUUID().toString();

  @Override
  protected Actor actor() {
    return new Actor(null, Actor.Kind.PLATFORM, "platform", null, requestId);
  }
}
