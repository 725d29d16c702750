package dev.roster.scim.error;

import dev.roster.error.ErrorKind;

/** A value is missing, of the wrong type or not allowed. */
public class InvalidValueException extends ScimProtocolException {
  private static final long serialVersionUID = 1L;

  public InvalidValueException(String message) {
    super(ErrorKind.INVALID_VALUE, message);
  }
}
