package dev.roster.domain.oidc;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Links between an IdP identity ({@code iss}, {@code sub}) and a user of the organization, made on
 * the first sign-in. One identity per user.
 */
public interface IdentityLinkRepository {
  Optional<UUID> findUser(UUID organizationId, String issuer, String subject);

  /** Whether the user is linked to an identity other than this one. */
  boolean linkedElsewhere(UUID userId, String issuer, String subject);

  /** Whether an active Admin of the organization has signed in through this issuer. */
  boolean hasActiveAdminLinked(UUID organizationId, String issuer);

  /**
   * Links the identity to the user; false when the identity or the user is linked already (a
   * simultaneous first sign-in may have won), never a constraint violation.
   */
  boolean link(UUID organizationId, String issuer, String subject, UUID userId, Instant now);
}
