package dev.roster.application.token;

import dev.roster.application.audit.AuditRecorder;
import dev.roster.application.common.Actor;
import dev.roster.domain.audit.AuditActions;
import dev.roster.domain.common.NotFoundException;
import dev.roster.domain.token.ScimToken;
import dev.roster.domain.token.ScimTokenRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Issuing, listing and revoking SCIM tokens ({@link ScimAuthenticator} checks them). */
@Stateless
public class TokenService {
  @Inject ScimTokenRepository tokens;
  @Inject TokenUsage usage;
  @Inject AuditRecorder audit;

  public IssuedTokenView issue(Actor actor, String name, Instant expiresAt) {
    ScimToken.Issued issued =
        ScimToken.issue(actor.organizationId(), name, expiresAt, Instant.now());
    tokens.add(issued.token());
    audit.success(
        actor, AuditActions.TOKEN_CREATED, "TOKEN", issued.token().id(), issued.token().name());
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
    audit.success(actor, AuditActions.TOKEN_REVOKED, "TOKEN", token.id(), token.name());
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
