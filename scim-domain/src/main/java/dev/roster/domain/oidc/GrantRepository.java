package dev.roster.domain.oidc;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Stores authorization codes and the tokens issued for them. */
public interface GrantRepository {
  void add(AuthorizationGrant grant);

  Optional<AuthorizationGrant> findByCodeHash(String codeHash);

  /**
   * Marks the grant redeemed with the access token's id, only if it was not redeemed before (one
   * conditional UPDATE, so two concurrent redemptions cannot both win); false when it was.
   */
  boolean redeem(UUID grantId, String accessJti, Instant now);

  /** Revokes the grant and so the tokens issued for it. */
  void revoke(UUID grantId, Instant now);

  /** The grant whose access token has this id. */
  Optional<AuthorizationGrant> findByAccessJti(String jti);

  int dropExpired(Instant before);
}
