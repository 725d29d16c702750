package dev.roster.web.session;

import dev.roster.application.admin.AdminIdentity;
import dev.roster.application.common.Actor;
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

  private AdminIdentity admin;

  void signedIn(AdminIdentity admin) {
    this.admin = admin;
  }

  void refreshed(AdminIdentity admin) {
    this.admin = admin;
  }

  public Optional<AdminIdentity> admin() {
    return Optional.ofNullable(admin);
  }

  public boolean isSignedIn() {
    return admin != null;
  }

  public String getEmail() {
    return admin == null ? null : admin.email();
  }

  public String getOrganization() {
    return admin == null ? null : admin.organizationSlug();
  }

  /** The signed-in admin as the actor of a use case; each call is one request in the audit log. */
  public Actor actor() {
    if (admin == null) {
      throw new IllegalStateException("No admin is signed in");
    }
    return new Actor(
        admin.organizationId(),
        Actor.Kind.ADMIN,
        admin.email(),
        admin.userId(),
        "console-" + UUID.randomUUID());
  }
}
