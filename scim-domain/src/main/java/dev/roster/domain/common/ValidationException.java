package dev.roster.domain.common;

import dev.roster.error.ErrorKind;

/** The input is malformed or breaks an invariant; nothing was changed. */
public class ValidationException extends DomainException {
  private static final long serialVersionUID = 1L;

  public ValidationException(String message) {
    super(ErrorKind.INVALID_VALUE, message);
  }
}
