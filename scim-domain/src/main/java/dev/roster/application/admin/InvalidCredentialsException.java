package dev.roster.application.admin;

import dev.roster.domain.common.DomainException;

/** Sign-in failed; deliberately the same for an unknown email and a wrong password. */
public class InvalidCredentialsException extends DomainException {
  public InvalidCredentialsException() {
    super("Invalid organization, email or password.");
  }
}
