package dev.roster.domain.user;

import java.time.Duration;
import java.time.Instant;

/**
 * The failed password sign-ins of one account since its last success. After {@value #FREE_ATTEMPTS}
 * failures each further attempt must wait twice as long as the last (1 s, 2 s, 4 s … up to 5 min).
 */
public record SignInFailures(int count, Instant last) {
  public static final int FREE_ATTEMPTS = 5;
  private static final long MAX_DELAY_SECONDS = 300;

  /** How long the account must still wait before its next attempt; zero when it may try now. */
  public Duration waitBefore(Instant now) {
    if (count < FREE_ATTEMPTS) {
      return Duration.ZERO;
    }
    long delay = Math.min(MAX_DELAY_SECONDS, 1L << Math.min(20, count - FREE_ATTEMPTS));
    Duration left = Duration.ofSeconds(delay).minus(Duration.between(last, now));
    return left.isNegative() ? Duration.ZERO : left;
  }
}
