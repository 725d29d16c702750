package dev.roster.persistence.token;

import dev.roster.domain.organization.IdentityProvider;
import dev.roster.domain.token.ScimToken;
import dev.roster.domain.token.ScimTokenRepository;
import dev.roster.persistence.common.JdbcReads;
import dev.roster.persistence.common.SqlReader.RowMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * SCIM tokens: reads over {@link JdbcReads} (the token check runs on every SCIM request), writes
 * through JPA.
 */
@ApplicationScoped
public class JpaScimTokenRepository implements ScimTokenRepository {
  /** A {@code scim_token} row ({@code t.*}) as a token: the one mapping of that table. */
  private static final RowMapper<ScimToken> TOKEN =
      r ->
          new ScimToken(
              JdbcReads.uuid(r, "id"),
              JdbcReads.uuid(r, "organization_id"),
              r.getString("name"),
              r.getString("token_hash"),
              JdbcReads.instant(r, "created_at"),
              JdbcReads.instant(r, "expires_at"),
              JdbcReads.instant(r, "revoked_at"),
              JdbcReads.instant(r, "last_used_at"));

  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Inject JdbcReads db;

  /** Every SCIM request asks this: over JDBC, see {@link JdbcReads}. */
  @Override
  public Optional<Credential> findCredential(String hash) {
    return db
        .list(
            "select t.*, o.scim_enabled, o.sync_groups, o.slug, o.identity_provider"
                + " from scim_token t join organization o on o.id = t.organization_id"
                + " where t.token_hash = ?",
            List.of(hash),
            r ->
                new Credential(
                    TOKEN.map(r),
                    r.getBoolean("scim_enabled"),
                    r.getBoolean("sync_groups"),
                    r.getString("slug"),
                    identityProvider(r.getString("identity_provider"))))
        .stream()
        .findFirst();
  }

  private static IdentityProvider identityProvider(String stored) {
    return stored == null ? null : IdentityProvider.valueOf(stored);
  }

  @Override
  public Optional<ScimToken> findById(UUID organizationId, UUID id) {
    return db
        .list(
            "select t.* from scim_token t where t.id = ? and t.organization_id = ?",
            List.of(id, organizationId),
            TOKEN)
        .stream()
        .findFirst();
  }

  @Override
  public List<ScimToken> findByOrganization(UUID organizationId) {
    return db.list(
        "select t.* from scim_token t where t.organization_id = ? order by t.created_at desc",
        List.of(organizationId),
        TOKEN);
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
    em.createQuery("update ScimTokenEntity t set t.revokedAt = :revoked where t.id = :id")
        .setParameter("revoked", token.revokedAt())
        .setParameter("id", token.id())
        .executeUpdate();
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
}
