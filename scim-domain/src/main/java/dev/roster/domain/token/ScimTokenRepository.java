package dev.roster.domain.token;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores SCIM tokens by hash. */
public interface ScimTokenRepository {
  /**
   * The token with this hash together with its organization's switches: what every SCIM request
   * needs, in one lookup.
   */
  Optional<Credential> findCredential(String hash);

  /** A stored token and the provisioning and group-sync switches of its organization. */
  record Credential(ScimToken token, boolean provisioningEnabled, boolean groupSync) {}

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
