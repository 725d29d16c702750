package dev.roster.application.token;

import dev.roster.application.metrics.RosterMetrics;
import dev.roster.domain.token.ScimToken;
import dev.roster.domain.token.ScimTokenRepository;
import dev.roster.domain.token.TokenSecrets;
import dev.roster.domain.token.TokenStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Resolves the bearer token of every SCIM request to its caller. A plain CDI bean rather than an
 * EJB: it only reads, and it runs once per request, where an EJB invocation (interceptor chain,
 * instance pool, security context) was measurable overhead.
 */
@ApplicationScoped
public class ScimAuthenticator {
  @Inject ScimTokenRepository tokens;
  @Inject TokenUsage usage;
  @Inject RosterMetrics metrics;

  /**
   * One indexed query (the token joined to its organization). Revocation and expiry apply on the
   * very next request because nothing is cached.
   */
  public ScimCaller authenticate(String bearerValue) {
    if (bearerValue == null || !bearerValue.startsWith(TokenSecrets.PREFIX)) {
      throw rejected("malformed", "The bearer token is not a Roster SCIM token.");
    }
    String hash = TokenSecrets.hash(bearerValue);
    ScimTokenRepository.Credential credential =
        tokens
            .findCredential(hash)
            .filter(c -> TokenSecrets.sameHash(c.token().hash(), hash))
            .orElseThrow(() -> rejected("unknown", "The SCIM token is not valid."));
    ScimToken token = credential.token();
    Instant now = Instant.now();
    TokenStatus status = token.status(now);
    if (status == TokenStatus.EXPIRED) {
      throw rejected("expired", "The SCIM token has expired. Create a new token in Roster.");
    }
    if (status != TokenStatus.ACTIVE) {
      throw rejected("revoked", "The SCIM token has been revoked. Create a new token in Roster.");
    }
    if (!credential.provisioningEnabled()) {
      metrics.tokenRejected("provisioning_disabled");
      throw new ProvisioningDisabledException();
    }
    usage.record(token.id(), now);
    return new ScimCaller(
        token.organizationId(),
        token.id(),
        token.name(),
        credential.groupSync(),
        credential.organizationSlug(),
        credential.identityProvider());
  }

  /** Counts the rejection by its reason (a fixed word, never the token) and says why. */
  private InvalidTokenException rejected(String reason, String message) {
    metrics.tokenRejected(reason);
    return new InvalidTokenException(message);
  }
}
