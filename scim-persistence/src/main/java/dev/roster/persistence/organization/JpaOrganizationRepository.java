package dev.roster.persistence.organization;

import dev.roster.domain.organization.IdentityProvider;
import dev.roster.domain.organization.Organization;
import dev.roster.domain.organization.OrganizationRepository;
import dev.roster.domain.organization.SlugTakenException;
import dev.roster.domain.role.Role;
import dev.roster.persistence.common.Loads;
import dev.roster.persistence.common.UniqueViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class JpaOrganizationRepository implements OrganizationRepository {
  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Override
  public Optional<Organization> findById(UUID id) {
    return Optional.ofNullable(Loads.find(em, OrganizationEntity.class, id)).map(this::toDomain);
  }

  @Override
  public Optional<Organization> findBySlug(String slug) {
    return em.createQuery(
            "select o from OrganizationEntity o where o.slug = :slug", OrganizationEntity.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst()
        .map(this::toDomain);
  }

  @Override
  public Map<UUID, String> slugs(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<UUID, String> slugs = new HashMap<>();
    em.createQuery(
            "select o.id, o.slug from OrganizationEntity o where o.id in :ids", Object[].class)
        .setParameter("ids", Set.copyOf(ids))
        .getResultList()
        .forEach(row -> slugs.put((UUID) row[0], (String) row[1]));
    return slugs;
  }

  @Override
  public boolean existsAny() {
    return !em.createQuery("select o.id from OrganizationEntity o", UUID.class)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void add(Organization organization) {
    OrganizationEntity entity = new OrganizationEntity();
    entity.id = organization.id();
    entity.createdAt = organization.createdAt();
    copy(organization, entity);
    em.persist(entity);
    // The unique index on the slug decides, also between concurrent creates.
    UniqueViolation.flush(em, () -> new SlugTakenException(organization.slug()));
  }

  @Override
  public void update(Organization organization) {
    copy(organization, em.find(OrganizationEntity.class, organization.id()));
  }

  private static void copy(Organization from, OrganizationEntity to) {
    to.slug = from.slug();
    to.name = from.name();
    to.identityProvider = from.identityProvider() == null ? null : from.identityProvider().name();
    to.defaultRole = from.defaultRole() == null ? null : from.defaultRole().name();
    to.autoActivateUsers = from.autoActivateUsers();
    to.syncGroups = from.syncGroups();
    to.scimEnabled = from.scimEnabled();
  }

  private Organization toDomain(OrganizationEntity e) {
    return new Organization(
        e.id,
        e.slug,
        e.name,
        e.createdAt,
        e.identityProvider == null ? null : IdentityProvider.valueOf(e.identityProvider),
        e.defaultRole == null ? null : Role.valueOf(e.defaultRole),
        e.autoActivateUsers,
        e.syncGroups,
        e.scimEnabled);
  }
}
