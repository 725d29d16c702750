package dev.roster.api.webhook;

import dev.roster.api.common.RequestTelemetryFilter;
import dev.roster.application.common.Actor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;

/**
 * The platform operator's webhooks (authorised by {@code PlatformKeyFilter}): for all
 * organizations, or those listed by slug.
 */
@Path("api/platform/v1/webhooks")
public class PlatformWebhooksResource extends WebhookEndpoints {
  @Context HttpServletRequest request;

  @Override
  protected Actor actor() {
    return new Actor(
        null, Actor.Kind.PLATFORM, "platform", null, RequestTelemetryFilter.requestId(request));
  }
}
