package dev.roster.application.overload;

/**
 * A token's allowance: {@code perSecond} requests a second on average, up to {@code burst} at once
 * after a quiet spell. A {@code perSecond} of 0 or less means no limit.
 */
public record RateLimit(double perSecond, int burst) {
  public RateLimit {
    // A burst below one would refuse every request.
    burst = Math.max(1, burst);
  }

  public boolean off() {
    return perSecond <= 0;
  }
}
