package dev.roster.scim.error;

import dev.roster.error.ErrorKind;

/** A PATCH path or filter matched nothing that can be changed. */
public class NoTargetException extends ScimProtocolException {
  private static final long serialVersionUID = 1L;

  public NoTargetException(String message) {
    super(ErrorKind.NO_TARGET, message);
  }
}
