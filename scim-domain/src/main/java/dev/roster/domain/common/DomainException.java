package dev.roster.domain.common;

import jakarta.ejb.ApplicationException;

/**
 * Base of every rule violation the domain reports. Boundaries map the concrete subclasses to
 * protocol errors; the domain never knows about HTTP status codes. Thrown from a use case, it rolls
 * the transaction back and reaches the boundary unwrapped.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class DomainException extends RuntimeException {
  protected DomainException(String message) {
    super(message);
  }
}
