package dev.roster.scim.error;

import dev.roster.error.ErrorKind;

/** An If-Match version does not match the resource's current version (RFC 7644 §3.14). */
public class PreconditionFailedException extends ScimProtocolException {
  private static final long serialVersionUID = 1L;

  public PreconditionFailedException(String message) {
    super(ErrorKind.PRECONDITION_FAILED, message);
  }
}
