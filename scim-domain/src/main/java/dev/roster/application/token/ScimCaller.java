package dev.roster.application.token;

import dev.roster.application.common.Actor;
import java.util.UUID;

/**
 * An authenticated SCIM client: the organization its token belongs to, the token, and whether the
 * organization syncs groups (read with the token, so group reads need no organization lookup).
 */
public record ScimCaller(UUID organizationId, UUID tokenId, String tokenName, boolean groupSync) {
  public Actor actor(String requestId) {
    return new Actor(
        organizationId, Actor.Kind.SCIM_TOKEN, "token:" + tokenName, tokenId, requestId);
  }
}
