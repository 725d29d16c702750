package dev.roster.domain.organization;

import java.util.Optional;
import java.util.UUID;

/** Stores organizations. Implemented by the persistence module. */
public interface OrganizationRepository {
  Optional<Organization> findById(UUID id);

  Optional<Organization> findBySlug(String slug);

  boolean existsAny();

  void add(Organization organization);

  void update(Organization organization);
}
