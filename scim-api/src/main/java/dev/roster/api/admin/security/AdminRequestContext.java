package dev.roster.api.admin.security;

import dev.roster.application.admin.AdminIdentity;
import dev.roster.application.common.Actor;
import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;

/** The signed-in admin of the current admin API request. */
@RequestScoped
public class AdminRequestContext {
  private AdminIdentity admin;
  private final String requestId = UUID.randomUUID().toString();

  void authenticated(AdminIdentity admin) {
    this.admin = admin;
  }

  public Actor actor() {
    if (admin == null) {
      throw new IllegalStateException("Admin request was not authenticated");
    }
    return new Actor(
        admin.organizationId(), Actor.Kind.ADMIN, admin.email(), admin.userId(), requestId);
  }

  public String requestId() {
    return requestId;
  }
}
