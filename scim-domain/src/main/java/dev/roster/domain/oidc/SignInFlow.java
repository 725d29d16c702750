package dev.roster.domain.oidc;

import java.time.Instant;
import java.util.UUID;

/**
 * A sign-in between {@code /oidc/authorize} and the IdP's callback: what the client asked for
 * (redirect URI, its state, nonce and PKCE challenge) and what Roster sent the IdP (its own nonce
 * and PKCE verifier). Stored in the database under the hash of Roster's state, so any node can take
 * the callback; taken once.
 */
public record SignInFlow(
    String stateHash,
    UUID organizationId,
    String clientId,
    String redirectUri,
    String clientState,
    String clientNonce,
    String codeChallenge,
    String upstreamNonce,
    String upstreamVerifier,
    Instant expiresAt) {}
