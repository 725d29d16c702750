package dev.roster.domain.oidc;

import java.time.Instant;
import java.util.Optional;

/** Stores sign-ins in progress. */
public interface SignInFlowRepository {
  void add(SignInFlow flow);

  /**
   * The flow with this state hash, removed in the same step so that a state works once; empty when
   * there is none (unknown, already used) or it has expired.
   */
  Optional<SignInFlow> take(String stateHash, Instant now);

  int dropExpired(Instant now);
}
