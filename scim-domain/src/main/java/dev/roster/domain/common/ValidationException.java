package dev.roster.domain.common;

/** The input is malformed or breaks an invariant; nothing was changed. */
public class ValidationException extends DomainException {
  public ValidationException(String message) {
    super(message);
  }
}
