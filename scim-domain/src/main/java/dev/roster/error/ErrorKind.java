package dev.roster.error;

/**
 * What kind of error an exception reports. Each kind is one row of the API module's mapping to an
 * HTTP status and a SCIM {@code scimType}; several exception classes may share a kind (a domain
 * rule's {@code ValidationException} and the protocol's {@code InvalidValueException} are both
 * {@link #INVALID_VALUE}).
 */
public enum ErrorKind {
  /** A value is missing, of the wrong type or not allowed. */
  INVALID_VALUE,
  /** The request body is not valid JSON or not a valid SCIM message. */
  INVALID_SYNTAX,
  /** A filter that does not parse or names an attribute that cannot be filtered. */
  INVALID_FILTER,
  /** A PATCH (or bulk) path that does not parse or names no attribute. */
  INVALID_PATH,
  /** A PATCH operation that matches nothing it could change. */
  NO_TARGET,
  /** An attempt to change a read-only or immutable attribute. */
  MUTABILITY,
  /** RFC 9865: a count that cursor paging cannot serve. */
  INVALID_COUNT,
  /** RFC 9865: a cursor that is malformed or belongs to another query. */
  INVALID_CURSOR,
  /** A bulk request with more operations than advertised. */
  TOO_MANY_OPERATIONS,
  /** A bulk request body larger than advertised. */
  TOO_LARGE,
  /** A value that must be unique in the organization is already taken. */
  UNIQUENESS,
  /** The request clashes with existing state (other than a unique value). */
  CONFLICT,
  /** Nothing with that id in the caller's organization. */
  NOT_FOUND,
  /** An If-Match version that is not the resource's current one. */
  PRECONDITION_FAILED,
  /** No valid credentials: a missing, unknown or revoked token, a wrong password. */
  UNAUTHENTICATED,
  /** Authenticated, but not allowed to do this (a signed-in person who is not an active Admin). */
  FORBIDDEN,
  /** A feature the organization has not switched on (provisioning, group sync). */
  NOT_ENABLED,
  /** Too many failed attempts; the caller must wait. */
  TOO_MANY_ATTEMPTS,
  /** More requests than the caller's rate or the server's capacity allows; retry later. */
  TOO_MANY_REQUESTS,
  /** Something outside Roster (an IdP's discovery document or keys) could not be verified. */
  VERIFICATION_FAILED
}
