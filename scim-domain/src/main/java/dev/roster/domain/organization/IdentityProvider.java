package dev.roster.domain.organization;

/** The IdP an organization provisions from; informs defaults and documentation links. */
public enum IdentityProvider {
  ENTRA_ID,
  OKTA,
  GOOGLE_WORKSPACE,
  PING_IDENTITY,
  JUMPCLOUD,
  ONELOGIN,
  AUTH0,
  OTHER
}
