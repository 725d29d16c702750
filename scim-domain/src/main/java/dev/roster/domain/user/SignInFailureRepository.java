package dev.roster.domain.user;

import java.time.Instant;
import java.util.Optional;

/**
 * Failed password sign-ins per account, in the database so that the throttle counts the attempts
 * made through every node.
 */
public interface SignInFailureRepository {
  Optional<SignInFailures> find(String account);

  /** Counts one more failure, atomically: concurrent failures on several nodes all count. */
  void recordFailure(String account, Instant at);

  void clear(String account);
}
