package dev.roster.application.admin;

import dev.roster.application.audit.AuditRecorder;
import dev.roster.application.common.Actor;
import dev.roster.domain.audit.AuditActions;
import dev.roster.domain.common.Keys;
import dev.roster.domain.organization.Organization;
import dev.roster.domain.organization.OrganizationRepository;
import dev.roster.domain.sso.SsoConfiguration;
import dev.roster.domain.sso.SsoRepository;
import dev.roster.domain.user.PasswordHasher;
import dev.roster.domain.user.User;
import dev.roster.domain.user.UserRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Password sign-in of an organization's admins. */
@Stateless
public class AdminAuthService {
  // Verified against when the account does not exist, so both failures take the same time.
  private static final String DECOY_HASH = PasswordHasher.hash("decoy-password-for-timing");

  @Inject OrganizationRepository organizations;
  @Inject UserRepository users;
  @Inject SignInThrottle throttle;
  @Inject AuditRecorder audit;
  @Inject SsoRepository ssoConfigurations;

  public AdminIdentity signIn(
      String organizationSlug, String email, String password, String requestId) {
    // The throttle counts attempts per account, whatever case or spaces the caller types.
    String account =
        Objects.toString(Keys.of(organizationSlug), "")
            + "/"
            + Objects.toString(Keys.of(email), "");
    Instant now = Instant.now();
    throttle.check(account, now);
    Optional<Organization> organization =
        organizationSlug == null
            ? Optional.empty()
            : organizations.findBySlug(organizationSlug.strip());
    Optional<User> user =
        organization.flatMap(
            o -> email == null ? Optional.empty() : users.findByEmail(o.id(), email));
    boolean passwordOk =
        PasswordHasher.matches(
            password == null ? "" : password, user.map(User::passwordHash).orElse(DECOY_HASH));
    if (!passwordOk || user.isEmpty()) {
      throttle.failed(account, now);
      organization.ifPresent(
          o ->
              audit.failure(
                  new Actor(o.id(), Actor.Kind.ADMIN, User.normalizeEmail(email), null, requestId),
                  AuditActions.ADMIN_SIGN_IN,
                  "USER",
                  user.map(User::id).orElse(null),
                  "invalid credentials"));
      throw new InvalidCredentialsException();
    }
    User person = user.get();
    if (!person.isActiveAdmin()) {
      // The password proved who they are, so they may learn why they are not let in.
      audit.failure(
          new Actor(
              person.organizationId(), Actor.Kind.ADMIN, person.email(), person.id(), requestId),
          "ADMIN_SIGN_IN",
          "USER",
          person.id(),
          "not an active Admin: " + person.role().displayName() + ", " + person.status());
      throw new NotAnAdminException(person.role(), person.status());
    }
    throttle.succeeded(account);
    User admin = user.get();
    Organization org = organization.get();
    if (!ssoConfigurations.find(org.id()).map(SsoConfiguration::passwordSignIn).orElse(true)) {
      audit.failure(
          new Actor(org.id(), Actor.Kind.ADMIN, admin.email(), admin.id(), requestId),
          AuditActions.ADMIN_SIGN_IN,
          "USER",
          admin.id(),
          "password sign-in is off: SSO only");
      throw new PasswordSignInDisabledException();
    }
    audit.success(
        new Actor(org.id(), Actor.Kind.ADMIN, admin.email(), admin.id(), requestId),
        AuditActions.ADMIN_SIGN_IN,
        "USER",
        admin.id(),
        null);
    return new AdminIdentity(org.id(), org.slug(), admin.id(), admin.email(), admin.role());
  }

  /**
   * The admin of a live session as they are now: empty once they are no longer an active Admin
   * (deactivated, locked, re-roled or deleted), so a console session ends at the next request.
   */
  public Optional<AdminIdentity> current(AdminIdentity signedIn) {
    return users
        .findById(signedIn.organizationId(), signedIn.userId())
        .filter(User::isActiveAdmin)
        .map(
            u ->
                new AdminIdentity(
                    u.organizationId(), signedIn.organizationSlug(), u.id(), u.email(), u.role()));
  }
}
