package dev.roster.application.oidc;

/**
 * A token or userinfo answer: the value, or the OAuth error to send. A value rather than an
 * exception, so that what a refusal writes (a replayed code's revocation, its audit event) commits.
 */
public record OAuthResult<T>(T value, OAuthError error) {
  static <T> OAuthResult<T> ok(T value) {
    return new OAuthResult<>(value, null);
  }

  static <T> OAuthResult<T> refused(OAuthError error) {
    return new OAuthResult<>(null, error);
  }

  public boolean ok() {
    return error == null;
  }
}
