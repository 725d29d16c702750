package dev.roster.domain.common;

import dev.roster.error.ErrorKind;
import dev.roster.error.RosterException;
import jakarta.ejb.ApplicationException;

/**
 * Base of every rule violation the domain and its use cases report. Says what kind of error it is,
 * never an HTTP status: the API module maps the kind. Thrown from a use case, it rolls the
 * transaction back and reaches the boundary unwrapped (also out of an EJB).
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class DomainException extends RosterException {
  private static final long serialVersionUID = 1L;

  protected DomainException(ErrorKind kind, String message) {
    super(kind, message);
  }
}
