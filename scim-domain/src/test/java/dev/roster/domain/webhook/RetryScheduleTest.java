package dev.roster.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private final RetrySchedule schedule = RetrySchedule.DEFAULT;

  @Test
  void waitsDoubleWithJitterInTheUpperHalf() {
    for (int failures = 1; failures <= 8; failures++) {
      long full = 5_000L << (failures - 1);
      Instant now = T0.plusSeconds(1);
      assertThat(schedule.next(failures, T0, now, () -> 0.0).orElseThrow())
          .isEqualTo(now.plusMillis(full / 2));
      assertThat(schedule.next(failures, T0, now, () -> 0.999_999).orElseThrow())
          .isBetween(now.plusMillis(full - 10), now.plusMillis(full));
    }
  }

  @Test
  void waitsNeverExceedTheLongest() {
    Instant now = T0.plusSeconds(10);
    assertThat(schedule.next(200, T0, now, () -> 0.999).orElseThrow())
        .isBefore(now.plus(Duration.ofHours(1)).plusMillis(1));
  }

  @Test
  void givesUpThreeDaysAfterTheFirstAttemptAndTriesOnceAtTheDeadline() {
    Instant deadline = T0.plus(Duration.ofDays(3));
    assertThat(schedule.next(30, T0, deadline.minusSeconds(60), () -> 0.9)).contains(deadline);
    assertThat(schedule.next(31, T0, deadline, () -> 0.5)).isEmpty();
  }

  @Test
  void theWholeScheduleFitsInThreeDaysWithAboutFiftyAttempts() {
    Instant now = T0;
    int attempts = 1;
    while (true) {
      var next = schedule.next(attempts, T0, now, () -> 0.5);
      if (next.isEmpty()) {
        break;
      }
      now = next.get();
      attempts++;
    }
    assertThat(now).isEqualTo(T0.plus(Duration.ofDays(3)));
    assertThat(attempts).isBetween(60, 120);
  }
}
