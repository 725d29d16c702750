package dev.roster.domain.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When a failed delivery is tried again: exponential backoff from {@code first}, doubling up to
 * {@code longest}, with "full jitter" in the upper half of each wait (so endpoints that fail
 * together do not retry together), until {@code giveUpAfter} from the first attempt has passed;
 * then the delivery has failed for good and its endpoint is disabled.
 */
public record RetrySchedule(Duration first, Duration longest, Duration giveUpAfter) {
  public static final RetrySchedule DEFAULT =
      new RetrySchedule(Duration.ofSeconds(5), Duration.ofHours(1), Duration.ofDays(3));

  public RetrySchedule {
    if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
      throw new IllegalArgumentException("retry waits must be positive, first <= longest");
    }
  }

  /**
   * When to try again after {@code failedAttempts} failures (1 after the first), or empty when the
   * delivery first tried at {@code firstAttemptAt} should be given up.
   */
  public Optional<Instant> next(
      int failedAttempts, Instant firstAttemptAt, Instant now, DoubleSupplier random) {
    if (!now.isBefore(firstAttemptAt.plus(giveUpAfter))) {
      return Optional.empty();
    }
    long base = first.toMillis();
    int doublings = Math.max(failedAttempts - 1, 0);
    long wait =
        doublings < 30 ? Math.min(longest.toMillis(), base << doublings) : longest.toMillis();
    long jittered = wait / 2 + (long) (random.getAsDouble() * (wait - wait / 2));
    Instant at = now.plusMillis(Math.max(jittered, 1));
    Instant deadline = firstAttemptAt.plus(giveUpAfter);
    // The last try happens at the deadline, not after it.
    return Optional.of(at.isAfter(deadline) ? deadline : at);
  }
}
