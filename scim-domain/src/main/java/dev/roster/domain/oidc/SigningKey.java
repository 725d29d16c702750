package dev.roster.domain.oidc;

import java.time.Instant;

/**
 * One of Roster's token signing keys: its public JWK (JSON) and its private key encrypted with
 * ROSTER_SECRET_KEY, so that every node signs and publishes the same keys. The newest key not
 * retired signs; a retired key stays published until its overlap ends.
 */
public record SigningKey(
    String kid,
    String publicJwk,
    String privateKeyEncrypted,
    Instant createdAt,
    Instant retiredAt) {}
