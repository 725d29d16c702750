package dev.roster.scim.error;

import dev.roster.error.ErrorKind;

/** The request tries to change a read-only or immutable attribute. */
public class MutabilityException extends ScimProtocolException {
  private static final long serialVersionUID = 1L;

  public MutabilityException(String message) {
    super(ErrorKind.MUTABILITY, message);
  }
}
