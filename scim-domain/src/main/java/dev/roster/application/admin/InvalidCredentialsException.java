package dev.roster.application.admin;

import dev.roster.domain.common.DomainException;
import dev.roster.error.ErrorKind;

/** Sign-in failed; deliberately the same for an unknown email and a wrong password. */
public class InvalidCredentialsException extends DomainException {
  public InvalidCredentialsException() {
    super(ErrorKind.UNAUTHENTICATED, "Invalid organization, email or password.");
  }
}
