package dev.roster.domain.oidc;

import java.time.Instant;
import java.util.List;

/** Stores the signing keys. */
public interface SigningKeyRepository {
  /** Keys not retired, or retired after {@code retiredAfter}; newest first. */
  List<SigningKey> published(Instant retiredAfter);

  void add(SigningKey key);

  /** Retires every key but {@code kid} that is not retired yet. */
  void retireAllBut(String kid, Instant now);

  /** Drops keys whose overlap has ended. */
  int dropRetiredBefore(Instant before);
}
