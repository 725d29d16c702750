package dev.roster.application.token;

import dev.roster.application.common.Actor;
import dev.roster.domain.organization.IdentityProvider;
import java.util.UUID;

/**
 * An authenticated SCIM client: the organization its token belongs to, the token, and whether the
 * organization syncs groups (read with the token, so group reads need no organization lookup); the
 * organization's slug and identity provider (null while none is chosen) name it in logs and
 * metrics.
 */
public record ScimCaller(
    UUID organizationId,
    UUID tokenId,
    String tokenName,
    boolean groupSync,
    String organizationSlug,
    IdentityProvider identityProvider) {
  public Actor actor(String requestId) {
    return new Actor(
        organizationId, Actor.Kind.SCIM_TOKEN, "token:" + tokenName, tokenId, requestId);
  }
}
