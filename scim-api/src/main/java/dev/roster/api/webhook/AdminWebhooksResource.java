package dev.roster.api.webhook;

import dev.roster.api.admin.security.AdminRequestContext;
import dev.roster.application.common.Actor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

/** An organization's webhooks: its admins see and manage only its own. */
@Path("api/admin/v1/webhooks")
@RolesAllowed("Admin")
public class AdminWebhooksResource extends WebhookEndpoints {
  @Inject AdminRequestContext context;

  @Override
  protected Actor actor() {
    return context.actor();
  }
}
