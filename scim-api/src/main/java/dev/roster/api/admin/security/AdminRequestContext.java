package dev.roster.api.admin.security;

import dev.roster.api.common.RequestTelemetryFilter;
import dev.roster.application.admin.AdminIdentity;
import dev.roster.application.common.Actor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.jboss.logging.MDC;

/** The signed-in admin of the current admin API request. */
@RequestScoped
public class AdminRequestContext {
  @Inject HttpServletRequest request;

  private AdminIdentity admin;

  void authenticated(AdminIdentity admin) {
    this.admin = admin;
    MDC.put(RequestTelemetryFilter.MDC_ORGANIZATION, admin.organizationSlug());
  }

  public Actor actor() {
    if (admin == null) {
      throw new IllegalStateException("Admin request was not authenticated");
    }
    return new Actor(
        admin.organizationId(), Actor.Kind.ADMIN, admin.email(), admin.userId(), requestId());
  }

  public String requestId() {
    return RequestTelemetryFilter.requestId(request);
  }
}
