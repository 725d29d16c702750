package dev.roster.domain.webhook;

import java.time.Instant;
import java.util.UUID;

/**
 * One try of a delivery: the HTTP status (null when no response came), how long it took, the start
 * of the response body (at most {@link #MAX_EXCERPT} characters) and the error when there was one.
 */
public record DeliveryAttempt(
    UUID deliveryId,
    Instant at,
    long durationMillis,
    Integer status,
    String responseExcerpt,
    String error) {
  public static final int MAX_EXCERPT = 1024;

  public DeliveryAttempt {
    responseExcerpt = cut(responseExcerpt, MAX_EXCERPT);
    error = cut(error, 1000);
  }

  /** A 2xx answer counts as delivered (the timeout is enforced by the sender). */
  public boolean succeeded() {
    return status != null && status >= 200 && status < 300;
  }

  /** What went wrong, in a few words, for the delivery list and the disabling reason. */
  public String problem() {
    if (error != null) {
      return error;
    }
    return "HTTP " + status;
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
