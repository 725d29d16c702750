package dev.roster.error;

/**
 * An error the caller cures by waiting: the answer carries {@code Retry-After} with this many
 * seconds (RFC 9110 §10.2.3), which IdPs such as Entra ID and Okta honour.
 */
public interface RetryLater {
  /** Whole seconds to wait, at least 1. */
  long retryAfterSeconds();
}
