package dev.roster.domain.oidc;

import java.time.Instant;
import java.util.UUID;

/**
 * An authorization code (stored as its hash) and what it is bound to: the client, the exact
 * redirect URI, the PKCE challenge, the nonce and the user. Redeemed once, within its 60 seconds;
 * {@code accessJti} names the access token it was exchanged for, so a replay can revoke it.
 */
public record AuthorizationGrant(
    UUID id,
    String codeHash,
    UUID organizationId,
    UUID userId,
    String clientId,
    String redirectUri,
    String codeChallenge,
    String nonce,
    Instant createdAt,
    Instant expiresAt,
    Instant redeemedAt,
    Instant revokedAt,
    String accessJti) {

  public boolean expired(Instant now) {
    return !expiresAt.isAfter(now);
  }
}
