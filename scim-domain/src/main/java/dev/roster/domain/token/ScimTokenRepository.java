package dev.roster.domain.token;

import dev.roster.domain.organization.IdentityProvider;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores SCIM tokens by hash. */
public interface ScimTokenRepository {
  /**
   * The token with this hash together with what every SCIM request needs of its organization, in
   * one lookup.
   */
  Optional<Credential> findCredential(String hash);

  /**
   * A stored token and its organization's provisioning and group-sync switches, slug and identity
   * provider (null while none is chosen).
   */
  record Credential(
      ScimToken token,
      boolean provisioningEnabled,
      boolean groupSync,
      String organizationSlug,
      IdentityProvider identityProvider) {}

  Optional<ScimToken> findById(UUID organizationId, UUID id);

  List<ScimToken> findByOrganization(UUID organizationId);

  long countActive(UUID organizationId, Instant now);

  void add(ScimToken token);

  void update(ScimToken token);

  /** Revokes every unrevoked token of the organization; returns how many. */
  int revokeAll(UUID organizationId, Instant now);

  /** Records use without a write on the request path (batched in the background). */
  void recordUse(UUID tokenId, Instant at);
}
