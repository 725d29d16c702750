package dev.roster.scim.error;

import dev.roster.error.ErrorKind;

/** RFC 9865: a count that cursor paging cannot serve. */
public class InvalidCountException extends ScimProtocolException {
  private static final long serialVersionUID = 1L;

  public InvalidCountException(String message) {
    super(ErrorKind.INVALID_COUNT, message);
  }
}
