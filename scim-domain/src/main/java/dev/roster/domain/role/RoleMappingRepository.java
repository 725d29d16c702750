package dev.roster.domain.role;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores an organization's role mappings. */
public interface RoleMappingRepository {
  List<RoleMapping> findByOrganization(UUID organizationId);

  Optional<RoleMapping> findById(UUID organizationId, UUID id);

  boolean exists(UUID organizationId, MappingSource source, String key);

  void add(RoleMapping mapping);

  void remove(RoleMapping mapping);
}
