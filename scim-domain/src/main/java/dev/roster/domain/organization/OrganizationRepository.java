package dev.roster.domain.organization;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Stores organizations. Implemented by the persistence module. */
public interface OrganizationRepository {
  Optional<Organization> findById(UUID id);

  Optional<Organization> findBySlug(String slug);

  /** The slugs of these organizations by id, in one query; unknown ids are absent. */
  Map<UUID, String> slugs(Collection<UUID> ids);

  boolean existsAny();

  void add(Organization organization);

  void update(Organization organization);
}
