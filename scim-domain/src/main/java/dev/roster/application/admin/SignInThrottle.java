package dev.roster.application.admin;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing per account: after {@value #FREE_ATTEMPTS} failures each further
 * attempt must wait twice as long as the last (1 s, 2 s, 4 s … up to 5 min). A success resets it.
 */
@ApplicationScoped
public class SignInThrottle {
  static final int FREE_ATTEMPTS = 5;
  private static final long MAX_DELAY_SECONDS = 300;

  private record Failures(int count, Instant last) {}

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  public void check(String account, Instant now) {
    Failures f = failures.get(account);
    if (f == null || f.count() < FREE_ATTEMPTS) {
      return;
    }
    long delay = Math.min(MAX_DELAY_SECONDS, 1L << Math.min(20, f.count() - FREE_ATTEMPTS));
    long waited = Duration.between(f.last(), now).toSeconds();
    if (waited < delay) {
      throw new TooManyAttemptsException(delay - waited);
    }
  }

  public void failed(String account, Instant now) {
    failures.merge(account, new Failures(1, now), (a, b) -> new Failures(a.count() + 1, now));
    if (failures.size() > 100_000) {
      failures.clear();
    }
  }

  public void succeeded(String account) {
    failures.remove(account);
  }
}
