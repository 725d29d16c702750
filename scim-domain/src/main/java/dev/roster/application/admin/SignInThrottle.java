package dev.roster.application.admin;

import dev.roster.domain.token.TokenSecrets;
import dev.roster.domain.user.SignInFailureRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;

/**
 * Slows down password guessing per account ({@link dev.roster.domain.user.SignInFailures} says by
 * how much). The count is in the database, so attempts spread over the nodes of a cluster add up.
 * Accounts are stored as their SHA-256: fixed length whatever was typed, no address in clear.
 */
@ApplicationScoped
public class SignInThrottle {
  @Inject SignInFailureRepository failures;

  public void check(String account, Instant now) {
    Duration wait =
        failures.find(TokenSecrets.hash(account)).map(f -> f.waitBefore(now)).orElse(Duration.ZERO);
    if (!wait.isZero()) {
      // Whole seconds, rounded up: "try again in 0 seconds" would be refused again.
      throw new TooManyAttemptsException((wait.toMillis() + 999) / 1000);
    }
  }

  /** Kept although the sign-in's own transaction rolls back on the refusal that follows. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failed(String account, Instant now) {
    failures.recordFailure(TokenSecrets.hash(account), now);
  }

  public void succeeded(String account) {
    failures.clear(TokenSecrets.hash(account));
  }
}
