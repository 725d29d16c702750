package dev.roster.scim.error;

import dev.roster.error.ErrorKind;

/** RFC 9865: a cursor that is malformed or belongs to another query. */
public class InvalidCursorException extends ScimProtocolException {
  private static final long serialVersionUID = 1L;

  public InvalidCursorException(String message) {
    super(ErrorKind.INVALID_CURSOR, message);
  }
}
