package dev.roster.domain.sso;

/**
 * Why a person is not let in through single sign-on, each with the sentence the person reads (the
 * admin's sentences are {@link SignInCheck#problems}). Decided in one place, {@link SignInCheck}.
 */
public enum SignInRefusal {
  SSO_NOT_ACTIVE,
  NO_SUCH_USER,
  INACTIVE,
  LOCKED,
  PENDING,
  EMAIL_NOT_VERIFIED,
  IDENTITY_CONFLICT;

  /** What the person is told; {@code idp} names their identity provider (its issuer). */
  public String personMessage(String idp) {
    return switch (this) {
      case SSO_NOT_ACTIVE ->
          "Single sign-on is not active for this organization: ask your IT admin to activate it.";
      case NO_SUCH_USER ->
          "You have no account in this organization yet: ask your IT admin to assign you to the"
              + " application in "
              + idp
              + ".";
      case INACTIVE -> "Your account is deactivated: ask your IT admin to reactivate it.";
      case LOCKED ->
          "Your account is locked: ask an admin of this organization to activate it again.";
      case PENDING ->
          "Your account is awaiting an admin's approval: an admin of this organization must"
              + " activate it.";
      case EMAIL_NOT_VERIFIED ->
          "Your identity provider says your email address is not verified: verify it there, then"
              + " sign in again.";
      case IDENTITY_CONFLICT ->
          "The account with this email is already linked to another identity at "
              + idp
              + ": ask your IT admin to check your email address there.";
    };
  }
}
