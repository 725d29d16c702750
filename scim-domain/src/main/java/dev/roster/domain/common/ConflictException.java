package dev.roster.domain.common;

import dev.roster.error.ErrorKind;

/** The request clashes with existing state (a taken name, a forbidden state transition). */
public class ConflictException extends DomainException {
  private static final long serialVersionUID = 1L;

  public ConflictException(String message) {
    super(ErrorKind.CONFLICT, message);
  }
}
