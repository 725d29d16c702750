package dev.roster.domain.token;

/** Lifecycle of a SCIM bearer token. */
public enum TokenStatus {
  ACTIVE,
  EXPIRED,
  REVOKED
}
