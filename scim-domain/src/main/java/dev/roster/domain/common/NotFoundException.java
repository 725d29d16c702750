package dev.roster.domain.common;

import dev.roster.error.ErrorKind;

/** The requested thing does not exist in the caller's organization. */
public class NotFoundException extends DomainException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String message) {
    super(ErrorKind.NOT_FOUND, message);
  }
}
