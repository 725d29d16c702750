package dev.roster.application.token;

import dev.roster.application.common.Actor;
import java.util.UUID;

/** An authenticated SCIM client: the organization its token belongs to, and the token. */
public record ScimCaller(UUID organizationId, UUID tokenId, String tokenName) {
  public Actor actor(String requestId) {
    return new Actor(
        organizationId, Actor.Kind.SCIM_TOKEN, "token:" + tokenName, tokenId, requestId);
  }
}
