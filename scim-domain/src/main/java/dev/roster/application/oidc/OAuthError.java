package dev.roster.application.oidc;

/** An OAuth 2.0 error (RFC 6749 §5.2): its HTTP status, code and description. */
public record OAuthError(int status, String error, String description) {
  static OAuthError invalidRequest(String description) {
    return new OAuthError(400, "invalid_request", description);
  }

  static OAuthError invalidGrant(String description) {
    return new OAuthError(400, "invalid_grant", description);
  }

  static OAuthError invalidClient(String description) {
    return new OAuthError(401, "invalid_client", description);
  }

  static OAuthError invalidToken(String description) {
    return new OAuthError(401, "invalid_token", description);
  }
}
