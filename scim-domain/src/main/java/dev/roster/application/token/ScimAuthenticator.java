package dev.roster.application.token;

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

  /**
   * One indexed query (the token joined to its organization). Revocation and expiry apply on the
   * very next request because nothing is cached.
   */
  public ScimCaller authenticate(String bearerValue) {
    if (bearerValue == null || !bearerValue.startsWith(TokenSecrets.PREFIX)) {
      throw new InvalidTokenException("The bearer token is not a Roster SCIM token.");
    }
    String hash = TokenSecrets.hash(bearerValue);
    ScimTokenRepository.Credential credential =
        tokens
            .findCredential(hash)
            .filter(c -> TokenSecrets.sameHash(c.token().hash(), hash))
            .orElseThrow(() -> new InvalidTokenException("The SCIM token is not valid."));
    ScimToken token = credential.token();
    Instant now = Instant.now();
    TokenStatus status = token.status(now);
    if (status != TokenStatus.ACTIVE) {
      throw new InvalidTokenException(
          status == TokenStatus.EXPIRED
              ? "The SCIM token has expired. Create a new token in Roster."
              : "The SCIM token has been revoked. Create a new token in Roster.");
    }
    if (!credential.provisioningEnabled()) {
      throw new ProvisioningDisabledException();
    }
    usage.record(token.id(), now);
    return new ScimCaller(token.organizationId(), token.id(), token.name(), credential.groupSync());
  }
}
