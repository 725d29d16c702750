package dev.roster.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignInFailuresTest {
  private static final Instant LAST = Instant.parse("2026-01-01T00:00:00Z");

  @ParameterizedTest(name = "{0} failures, {1} s later: wait {2} s")
  @CsvSource({
    "1, 0, 0",
    "4, 0, 0",
    "5, 0, 1",
    "5, 1, 0",
    "6, 0, 2",
    "6, 1, 1",
    "8, 3, 5",
    "13, 0, 256",
    "14, 0, 300",
    "60, 0, 300",
    "60, 300, 0"
  })
  void waitsTwiceAsLongAfterEachFailureBeyondTheFreeOnes(int count, long later, long wait) {
    assertThat(new SignInFailures(count, LAST).waitBefore(LAST.plusSeconds(later)))
        .isEqualTo(Duration.ofSeconds(wait));
  }
}
