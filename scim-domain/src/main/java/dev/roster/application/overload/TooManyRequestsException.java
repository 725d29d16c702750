package dev.roster.application.overload;

import dev.roster.domain.common.DomainException;
import dev.roster.error.ErrorKind;
import dev.roster.error.RetryLater;

/** A SCIM request refused for overload; the caller retries after {@link #retryAfterSeconds()}. */
public class TooManyRequestsException extends DomainException implements RetryLater {
  private final long retryAfterSeconds;

  private TooManyRequestsException(String message, long retryAfterSeconds) {
    super(ErrorKind.TOO_MANY_REQUESTS, message);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** The token has used its rate; {@code waitNanos} until its next request is allowed. */
  static TooManyRequestsException rateExceeded(RateLimit limit, long waitNanos) {
    long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
    return new TooManyRequestsException(
        "This SCIM token has sent more than "
            + format(limit.perSecond())
            + " requests per second. Retry after "
            + seconds
            + (seconds == 1 ? " second" : " seconds")
            + " (Retry-After), or lower the client's concurrency.",
        seconds);
  }

  /** Roster is busy with as many SCIM requests as it takes at once. */
  static TooManyRequestsException serverBusy() {
    return new TooManyRequestsException(
        "Roster is handling as many SCIM requests as it can at once. Retry after 1 second"
            + " (Retry-After); nothing was changed.",
        1);
  }

  @Override
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  private static String format(double perSecond) {
    return perSecond == Math.rint(perSecond)
        ? String.valueOf((long) perSecond)
        : String.valueOf(perSecond);
  }
}
