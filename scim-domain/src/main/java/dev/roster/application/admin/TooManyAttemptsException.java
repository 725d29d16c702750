package dev.roster.application.admin;

import dev.roster.domain.common.DomainException;
import dev.roster.error.ErrorKind;
import dev.roster.error.RetryLater;

/** Too many failed sign-ins for this account; try again after the given delay. */
public class TooManyAttemptsException extends DomainException implements RetryLater {
  private final long retryAfterSeconds;

  public TooManyAttemptsException(long retryAfterSeconds) {
    super(
        ErrorKind.TOO_MANY_ATTEMPTS,
        "Too many failed sign-in attempts. Try again in " + retryAfterSeconds + " seconds.");
    this.retryAfterSeconds = retryAfterSeconds;
  }

  @Override
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
