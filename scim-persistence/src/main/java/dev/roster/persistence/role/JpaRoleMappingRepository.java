package dev.roster.persistence.role;

import static dev.roster.persistence.common.JdbcReads.uuid;

import dev.roster.domain.role.DuplicateRoleMappingException;
import dev.roster.domain.role.MappingSource;
import dev.roster.domain.role.Role;
import dev.roster.domain.role.RoleMapping;
import dev.roster.domain.role.RoleMappingRepository;
import dev.roster.persistence.common.SqlReader;
import dev.roster.persistence.common.UniqueViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaRoleMappingRepository implements RoleMappingRepository {
  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Inject SqlReader db;

  @Override
  public List<RoleMapping> findByOrganization(UUID organizationId) {
    return em.createQuery(
            "select m from RoleMappingEntity m where m.organizationId = :org order by m.createdAt, m.id",
            RoleMappingEntity.class)
        .setParameter("org", organizationId)
        .getResultStream()
        .map(JpaRoleMappingRepository::toDomain)
        .toList();
  }

  @Override
  public Optional<RoleMapping> findById(UUID organizationId, UUID id) {
    RoleMappingEntity e = em.find(RoleMappingEntity.class, id);
    return e == null || !e.organizationId.equals(organizationId)
        ? Optional.empty()
        : Optional.of(toDomain(e));
  }

  @Override
  public void add(RoleMapping mapping) {
    RoleMappingEntity e = new RoleMappingEntity();
    e.id = mapping.id();
    e.organizationId = mapping.organizationId();
    e.source = mapping.source().name();
    e.idpValue = mapping.idpValue();
    e.idpValueKey = mapping.key();
    e.role = mapping.role().name();
    e.createdAt = mapping.createdAt();
    em.persist(e);
    // The unique index on (organization, source, key) decides, also between concurrent adds.
    UniqueViolation.flush(em, () -> new DuplicateRoleMappingException(mapping));
  }

  @Override
  public void remove(RoleMapping mapping) {
    em.createQuery("delete from RoleMappingEntity m where m.id = :id")
        .setParameter("id", mapping.id())
        .executeUpdate();
  }

  /** One index-only scan of app_user_role_mapping_idx (V5), grouped. */
  @Override
  public Map<UUID, Long> countUsersDecided(UUID organizationId) {
    Map<UUID, Long> counts = new HashMap<>();
    db.list(
        "select role_mapping_id, count(*) from app_user"
            + " where organization_id = ? and role_mapping_id is not null group by role_mapping_id",
        List.of(organizationId),
        r -> counts.put(uuid(r, "role_mapping_id"), r.getLong(2)));
    return counts;
  }

  private static RoleMapping toDomain(RoleMappingEntity e) {
    return new RoleMapping(
        e.id,
        e.organizationId,
        MappingSource.valueOf(e.source),
        e.idpValue,
        Role.valueOf(e.role),
        e.createdAt);
  }
}
