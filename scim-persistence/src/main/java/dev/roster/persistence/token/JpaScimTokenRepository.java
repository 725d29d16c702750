package dev.roster.persistence.token;

import dev.roster.domain.token.ScimToken;
import dev.roster.domain.token.ScimTokenRepository;
import dev.roster.persistence.common.JdbcReads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaScimTokenRepository implements ScimTokenRepository {
  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Inject JdbcReads db;

  /** Every SCIM request asks this: over JDBC, see {@link JdbcReads}. */
  @Override
  public Optional<Credential> findCredential(String hash) {
    return db
        .list(
            "select t.*, o.scim_enabled, o.sync_groups from scim_token t"
                + " join organization o on o.id = t.organization_id where t.token_hash = ?",
            List.of(hash),
            r ->
                new Credential(
                    new ScimToken(
                        JdbcReads.uuid(r, "id"),
                        JdbcReads.uuid(r, "organization_id"),
                        r.getString("name"),
                        r.getString("token_hash"),
                        JdbcReads.instant(r, "created_at"),
                        JdbcReads.instant(r, "expires_at"),
                        JdbcReads.instant(r, "revoked_at"),
                        JdbcReads.instant(r, "last_used_at")),
                    r.getBoolean("scim_enabled"),
                    r.getBoolean("sync_groups")))
        .stream()
        .findFirst();
  }

  @Override
  public Optional<ScimToken> findById(UUID organizationId, UUID id) {
    ScimTokenEntity e = em.find(ScimTokenEntity.class, id);
    return e == null || !e.organizationId.equals(organizationId)
        ? Optional.empty()
        : Optional.of(toDomain(e));
  }

  @Override
  public List<ScimToken> findByOrganization(UUID organizationId) {
    return em.createQuery(
            "select t from ScimTokenEntity t where t.organizationId = :org order by t.createdAt desc",
            ScimTokenEntity.class)
        .setParameter("org", organizationId)
        .getResultStream()
        .map(JpaScimTokenRepository::toDomain)
        .toList();
  }

  @Override
  public long countActive(UUID organizationId, Instant now) {
    return em.createQuery(
            "select count(t) from ScimTokenEntity t where t.organizationId = :org"
                + " and t.revokedAt is null and (t.expiresAt is null or t.expiresAt > :now)",
            Long.class)
        .setParameter("org", organizationId)
        .setParameter("now", now)
        .getSingleResult();
  }

  @Override
  public void add(ScimToken token) {
    ScimTokenEntity e = new ScimTokenEntity();
    e.id = token.id();
    e.organizationId = token.organizationId();
    e.name = token.name();
    e.tokenHash = token.hash();
    e.createdAt = token.createdAt();
    e.expiresAt = token.expiresAt();
    e.revokedAt = token.revokedAt();
    em.persist(e);
  }

  @Override
  public void update(ScimToken token) {
    ScimTokenEntity e = em.find(ScimTokenEntity.class, token.id());
    e.revokedAt = token.revokedAt();
  }

  @Override
  public int revokeAll(UUID organizationId, Instant now) {
    return em.createQuery(
            "update ScimTokenEntity t set t.revokedAt = :now"
                + " where t.organizationId = :org and t.revokedAt is null")
        .setParameter("org", organizationId)
        .setParameter("now", now)
        .executeUpdate();
  }

  @Override
  public void recordUse(UUID tokenId, Instant at) {
    em.createQuery(
            "update ScimTokenEntity t set t.lastUsedAt = :at"
                + " where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :at)")
        .setParameter("id", tokenId)
        .setParameter("at", at)
        .executeUpdate();
  }

  private static ScimToken toDomain(ScimTokenEntity e) {
    return new ScimToken(
        e.id,
        e.organizationId,
        e.name,
        e.tokenHash,
        e.createdAt,
        e.expiresAt,
        e.revokedAt,
        e.lastUsedAt);
  }
}
