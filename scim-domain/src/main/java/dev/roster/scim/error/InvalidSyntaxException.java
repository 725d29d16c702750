package dev.roster.scim.error;

import dev.roster.error.ErrorKind;

/** The request body is not valid JSON or not a valid SCIM message. */
public class InvalidSyntaxException extends ScimProtocolException {
  private static final long serialVersionUID = 1L;

  public InvalidSyntaxException(String message) {
    super(ErrorKind.INVALID_SYNTAX, message);
  }
}
