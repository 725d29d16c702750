package dev.roster.domain.common;

/** The request clashes with existing state (a taken name, a forbidden state transition). */
public class ConflictException extends DomainException {
  public ConflictException(String message) {
    super(message);
  }
}
