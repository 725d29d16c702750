package dev.roster.domain.role;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Stores an organization's role mappings. */
public interface RoleMappingRepository {
  List<RoleMapping> findByOrganization(UUID organizationId);

  Optional<RoleMapping> findById(UUID organizationId, UUID id);

  /** Adds a mapping; one for the same source and key throws DuplicateRoleMappingException. */
  void add(RoleMapping mapping);

  void remove(RoleMapping mapping);

  /**
   * For each mapping that decides at least one user's stored role ({@link
   * RoleDecision#mappingId()}), how many users it decides; one grouped query. Mappings deciding
   * nobody are absent.
   */
  Map<UUID, Long> countUsersDecided(UUID organizationId);
}
