package dev.roster.domain.common;

/**
 * Base of every rule violation the domain reports. Boundaries map the concrete subclasses to
 * protocol errors; the domain never knows about HTTP status codes.
 */
public abstract class DomainException extends RuntimeException {
  protected DomainException(String message) {
    super(message);
  }
}
