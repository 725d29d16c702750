package dev.roster.application.overload;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Decides whether a SCIM request is served now: the server-wide limit on SCIM requests in flight
 * ({@link #enter}, before authentication, so that refusing costs no database work) and each token's
 * rate ({@link #checkRate}, once the token is known). Both limits are per node. The admin API and
 * the console do not pass here, so they stay usable while SCIM is saturated.
 */
@ApplicationScoped
public class ScimAdmission {
  @Inject OverloadSettings settings;

  private final InFlightLimit inFlight = new InFlightLimit();
  private final RateLimiter<UUID> rates = new RateLimiter<>();

  /**
   * Counts the request in, waiting briefly for a place when the limit is reached; every return must
   * be matched by one {@link #leave()}, in a {@code finally}.
   *
   * @throws TooManyRequestsException when no place came free in time (nothing to leave then)
   */
  public void enter() {
    OverloadSettings.Limits limits = settings.current();
    if (!inFlight.tryEnter(limits.maxInFlight(), limits.waitNanos())) {
      throw TooManyRequestsException.serverBusy();
    }
  }

  public void leave() {
    inFlight.leave();
  }

  /**
   * Takes one request from the token's allowance.
   *
   * @throws TooManyRequestsException when the token is over its rate, with the wait until it is not
   */
  public void checkRate(UUID tokenId) {
    RateLimit limit = settings.current().rate();
    long wait = rates.acquire(tokenId, limit, System.nanoTime());
    if (wait > 0) {
      throw TooManyRequestsException.rateExceeded(limit, wait);
    }
  }
}
