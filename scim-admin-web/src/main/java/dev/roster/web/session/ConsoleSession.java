package dev.roster.web.session;

import dev.roster.application.admin.AdminIdentity;
import dev.roster.application.common.Actor;
import dev.roster.domain.role.Role;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;

/** Who is signed in to this console session; nothing else lives in the session. */
@Named
@SessionScoped
public class ConsoleSession implements Serializable {
  private static final long serialVersionUID = 1L;

  // Plain serializable fields, so the session can move between nodes or survive a restart.
  private UUID organizationId;
  private String organizationSlug;
  private UUID userId;
  private String email;
  private Role role;

  void signedIn(AdminIdentity admin) {
    organizationId = admin.organizationId();
    organizationSlug = admin.organizationSlug();
    userId = admin.userId();
    email = admin.email();
    role = admin.role();
  }

  void refreshed(AdminIdentity admin) {
    signedIn(admin);
  }

  public Optional<AdminIdentity> admin() {
    return userId == null
        ? Optional.empty()
        : Optional.of(new AdminIdentity(organizationId, organizationSlug, userId, email, role));
  }

  public boolean isSignedIn() {
    return userId != null;
  }

  public String getEmail() {
    return email;
  }

  public String getOrganization() {
    return organizationSlug;
  }

  /** The signed-in admin as the actor of a use case; each call is one request in the audit log. */
  public Actor actor() {
    if (userId == null) {
      throw new IllegalStateException("No admin is signed in");
    }
    return new Actor(
        organizationId, Actor.Kind.ADMIN, email, userId, "console-" + UUID.randomUUID());
  }
}
