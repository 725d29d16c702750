package dev.roster.application.token;

import dev.roster.application.audit.AuditRecorder;
import dev.roster.application.common.Actor;
import dev.roster.domain.common.NotFoundException;
import dev.roster.domain.token.ScimToken;
import dev.roster.domain.token.ScimTokenRepository;
import dev.roster.domain.token.TokenSecrets;
import dev.roster.domain.token.TokenStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Issuing, listing and revoking SCIM tokens, and authenticating SCIM requests with them. */
@Stateless
public class TokenService {
  @Inject ScimTokenRepository tokens;
  @Inject TokenUsage usage;
  @Inject AuditRecorder audit;

  /**
   * Resolves a bearer value to its caller; one indexed query (token joined to its organization).
   * Revocation and expiry apply on the very next request because nothing is cached.
   */
  // Reads join a transaction if there is one but open none: a JTA transaction per read would
  // cost a begin, a connection enlistment and a commit for nothing.
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
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
    return new ScimCaller(token.organizationId(), token.id(), token.name());
  }

  public IssuedTokenView issue(Actor actor, String name, Instant expiresAt) {
    ScimToken.Issued issued =
        ScimToken.issue(actor.organizationId(), name, expiresAt, Instant.now());
    tokens.add(issued.token());
    audit.success(actor, "TOKEN_CREATED", "TOKEN", issued.token().id(), issued.token().name());
    return new IssuedTokenView(view(issued.token(), Instant.now()), issued.value());
  }

  public List<TokenView> list(Actor actor) {
    Instant now = Instant.now();
    return tokens.findByOrganization(actor.organizationId()).stream()
        .map(t -> view(t, now))
        .toList();
  }

  public void revoke(Actor actor, UUID tokenId) {
    ScimToken token =
        tokens
            .findById(actor.organizationId(), tokenId)
            .orElseThrow(() -> new NotFoundException("No SCIM token " + tokenId + "."));
    token.revoke(Instant.now());
    tokens.update(token);
    audit.success(actor, "TOKEN_REVOKED", "TOKEN", token.id(), token.name());
  }

  private TokenView view(ScimToken t, Instant now) {
    Instant pending = usage.lastUse(t.id());
    Instant lastUsed =
        pending != null && (t.lastUsedAt() == null || pending.isAfter(t.lastUsedAt()))
            ? pending
            : t.lastUsedAt();
    return new TokenView(
        t.id(), t.name(), t.createdAt(), t.expiresAt(), lastUsed, t.revokedAt(), t.status(now));
  }
}
