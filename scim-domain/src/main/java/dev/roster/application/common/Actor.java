package dev.roster.application.common;

import java.util.UUID;

/**
 * Who performs a use case, for scoping and the audit trail: an organization's admin (by email), an
 * IdP (by token name), the platform operator, or the system itself.
 */
public record Actor(UUID organizationId, Kind kind, String name, UUID id, String requestId) {
  public enum Kind {
    ADMIN,
    SCIM_TOKEN,
    PLATFORM,
    SYSTEM,
    /** A person signing in through single sign-on (the product's own sign-in). */
    PERSON
  }

  public static Actor system(UUID organizationId) {
    return new Actor(organizationId, Kind.SYSTEM, "system", null, null);
  }
}
