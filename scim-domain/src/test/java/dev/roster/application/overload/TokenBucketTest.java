package dev.roster.application.overload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class TokenBucketTest {
  private static final long SECOND = 1_000_000_000L;
  private static final RateLimit TEN_PER_SECOND_BURST_5 = new RateLimit(10, 5);

  @Test
  void aNewTokenMaySendItsBurstAtOnceThenWaitsForTheRate() {
    RateLimiter<UUID> limiter = new RateLimiter<>();
    UUID token = UUID.randomUUID();
    for (int i = 0; i < 5; i++) {
      assertThat(limiter.acquire(token, TEN_PER_SECOND_BURST_5, 0)).isZero();
    }
    // One token comes back every 100 ms.
    assertThat(limiter.acquire(token, TEN_PER_SECOND_BURST_5, 0)).isEqualTo(SECOND / 10);
    assertThat(limiter.acquire(token, TEN_PER_SECOND_BURST_5, SECOND / 20)).isEqualTo(SECOND / 20);
    assertThat(limiter.acquire(token, TEN_PER_SECOND_BURST_5, SECOND / 10)).isZero();
    assertThat(limiter.acquire(token, TEN_PER_SECOND_BURST_5, SECOND / 10)).isPositive();
  }

  @Test
  void sustainedTrafficGetsExactlyTheRate() {
    RateLimiter<UUID> limiter = new RateLimiter<>();
    UUID token = UUID.randomUUID();
    int allowed = 0;
    // 10 seconds of a request every millisecond.
    for (long t = 0; t < 10 * SECOND; t += SECOND / 1000) {
      if (limiter.acquire(token, TEN_PER_SECOND_BURST_5, t) == 0) {
        allowed++;
      }
    }
    assertThat(allowed).isBetween(5 + 99, 5 + 100);
  }

  @Test
  void aQuietSpellRefillsOnlyUpToTheBurst() {
    RateLimiter<UUID> limiter = new RateLimiter<>();
    UUID token = UUID.randomUUID();
    for (int i = 0; i < 5; i++) {
      limiter.acquire(token, TEN_PER_SECOND_BURST_5, 0);
    }
    long later = 60 * SECOND;
    for (int i = 0; i < 5; i++) {
      assertThat(limiter.acquire(token, TEN_PER_SECOND_BURST_5, later)).isZero();
    }
    assertThat(limiter.acquire(token, TEN_PER_SECOND_BURST_5, later)).isPositive();
  }

  @Test
  void tokensAreCountedApart() {
    RateLimiter<UUID> limiter = new RateLimiter<>();
    UUID busy = UUID.randomUUID();
    for (int i = 0; i < 5; i++) {
      limiter.acquire(busy, TEN_PER_SECOND_BURST_5, 0);
    }
    assertThat(limiter.acquire(busy, TEN_PER_SECOND_BURST_5, 0)).isPositive();
    assertThat(limiter.acquire(UUID.randomUUID(), TEN_PER_SECOND_BURST_5, 0)).isZero();
  }

  @Test
  void aRateOfZeroIsNoLimitAndKeepsNoState() {
    RateLimiter<UUID> limiter = new RateLimiter<>();
    for (int i = 0; i < 10_000; i++) {
      assertThat(limiter.acquire(UUID.randomUUID(), new RateLimit(0, 0), 0)).isZero();
    }
    assertThat(limiter.size()).isZero();
  }

  @Test
  void aChangedLimitAppliesToExistingBuckets() {
    RateLimiter<UUID> limiter = new RateLimiter<>();
    UUID token = UUID.randomUUID();
    assertThat(limiter.acquire(token, new RateLimit(10, 1000), 0)).isZero();
    RateLimit lowered = new RateLimit(1, 2);
    assertThat(limiter.acquire(token, lowered, 0)).isZero();
    assertThat(limiter.acquire(token, lowered, 0)).isZero();
    assertThat(limiter.acquire(token, lowered, 0)).isEqualTo(SECOND);
  }

  @Test
  void idleBucketsAreDroppedOnceThereAreMany() {
    RateLimiter<UUID> limiter = new RateLimiter<>();
    for (int i = 0; i <= RateLimiter.PRUNE_ABOVE; i++) {
      limiter.acquire(UUID.randomUUID(), TEN_PER_SECOND_BURST_5, 0);
    }
    UUID active = UUID.randomUUID();
    limiter.acquire(active, TEN_PER_SECOND_BURST_5, SECOND);
    assertThat(limiter.size()).isEqualTo(1);
    // The one that was not full is kept, with its count.
    for (int i = 0; i < 4; i++) {
      limiter.acquire(active, TEN_PER_SECOND_BURST_5, SECOND);
    }
    assertThat(limiter.acquire(active, TEN_PER_SECOND_BURST_5, SECOND)).isPositive();
  }

  @Test
  void retryAfterIsWholeSecondsRoundedUpAndAtLeastOne() {
    RateLimit limit = new RateLimit(0.5, 1);
    assertThat(TooManyRequestsException.rateExceeded(limit, 1).retryAfterSeconds()).isEqualTo(1);
    assertThat(TooManyRequestsException.rateExceeded(limit, SECOND).retryAfterSeconds())
        .isEqualTo(1);
    assertThat(TooManyRequestsException.rateExceeded(limit, SECOND + 1).retryAfterSeconds())
        .isEqualTo(2);
    assertThat(TooManyRequestsException.rateExceeded(limit, 2 * SECOND).getMessage())
        .contains("more than 0.5 requests per second")
        .contains("Retry after 2 seconds");
    assertThat(TooManyRequestsException.serverBusy().retryAfterSeconds()).isEqualTo(1);
  }
}
