package dev.roster.domain.sso;

import dev.roster.domain.user.User;
import dev.roster.domain.user.UserStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Why a person cannot sign in through single sign-on, in sentences an admin can act on. A person
 * signs in when the organization's SSO is active and a provisioned user with their email has status
 * ACTIVE (the only status that may sign in, see {@link UserStatus}).
 */
public final class SignInCheck {
  private SignInCheck() {}

  /**
   * @param sso the organization's configuration, or null when it has none
   * @param user the user with that email, or null when there is none
   * @return the problems, empty when nothing stands in the way
   */
  public static List<String> problems(SsoConfiguration sso, String email, User user) {
    List<String> problems = new ArrayList<>();
    if (sso == null || !sso.isConfigured()) {
      problems.add(
          "Single sign-on is not set up for this organization: nobody can sign in through the IdP"
              + " until an admin configures and activates it in the SSO settings.");
    } else if (!sso.active()) {
      problems.add(
          "Single sign-on is configured (issuer "
              + sso.issuer()
              + ") but not active: an admin must activate it in the SSO settings.");
    }
    if (user == null) {
      problems.add(
          "No provisioned user has the email '"
              + email
              + "': ask IT to assign them the application in the IdP, then check that the email"
              + " the IdP sends matches.");
    } else if (statusRefusal(user.status()).isPresent()) {
      problems.add(statusProblem(user.status()));
    }
    return List.copyOf(problems);
  }

  /**
   * The first reason a person may not sign in, the rule the sign-in itself applies: SSO must be
   * active, and the user exist with status ACTIVE; empty when they may sign in.
   */
  public static Optional<SignInRefusal> refusal(SsoConfiguration sso, User user) {
    if (sso == null || !sso.isConfigured() || !sso.active()) {
      return Optional.of(SignInRefusal.SSO_NOT_ACTIVE);
    }
    if (user == null) {
      return Optional.of(SignInRefusal.NO_SUCH_USER);
    }
    return statusRefusal(user.status());
  }

  /** ACTIVE is the only status that may sign in. */
  private static Optional<SignInRefusal> statusRefusal(UserStatus status) {
    return switch (status) {
      case ACTIVE -> Optional.empty();
      case INACTIVE -> Optional.of(SignInRefusal.INACTIVE);
      case LOCKED -> Optional.of(SignInRefusal.LOCKED);
      case PENDING -> Optional.of(SignInRefusal.PENDING);
    };
  }

  private static String statusProblem(UserStatus status) {
    return switch (status) {
      case ACTIVE -> null;
      case INACTIVE ->
          "The user is INACTIVE: the IdP deactivated them. Ask IT to reactivate them in the IdP"
              + " (or activate them here, though the IdP may deactivate them again).";
      case PENDING ->
          "The user is PENDING: they were provisioned while automatic activation is off and wait"
              + " for an admin to activate them (Users, Activate).";
      case LOCKED ->
          "The user is LOCKED: provisioning was disabled in LOCK mode; they stay locked until an"
              + " admin activates them (Users, Activate).";
    };
  }
}
