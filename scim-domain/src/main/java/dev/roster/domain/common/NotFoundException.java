package dev.roster.domain.common;

/** The requested thing does not exist in the caller's organization. */
public class NotFoundException extends DomainException {
  public NotFoundException(String message) {
    super(message);
  }
}
