package dev.roster.scim.error;

import dev.roster.error.ErrorKind;

/** A unique attribute (userName, a group's displayName) is already taken in the organization. */
public class UniquenessException extends ScimProtocolException {
  private static final long serialVersionUID = 1L;

  public UniquenessException(String message) {
    super(ErrorKind.UNIQUENESS, message);
  }
}
