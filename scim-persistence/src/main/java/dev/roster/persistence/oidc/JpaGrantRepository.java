package dev.roster.persistence.oidc;

import dev.roster.domain.oidc.AuthorizationGrant;
import dev.roster.domain.oidc.GrantRepository;
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

@ApplicationScoped
public class JpaGrantRepository implements GrantRepository {
  private static final RowMapper<AuthorizationGrant> GRANT =
      r ->
          new AuthorizationGrant(
              JdbcReads.uuid(r, "id"),
              r.getString("code_hash"),
              JdbcReads.uuid(r, "organization_id"),
              JdbcReads.uuid(r, "user_id"),
              r.getString("client_id"),
              r.getString("redirect_uri"),
              r.getString("code_challenge"),
              r.getString("nonce"),
              JdbcReads.instant(r, "created_at"),
              JdbcReads.instant(r, "expires_at"),
              JdbcReads.instant(r, "redeemed_at"),
              JdbcReads.instant(r, "revoked_at"),
              r.getString("access_jti"));

  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Inject JdbcReads db;

  @Override
  public void add(AuthorizationGrant g) {
    em.createNativeQuery(
            "insert into oidc_grant (id, code_hash, organization_id, user_id, client_id,"
                + " redirect_uri, code_challenge, nonce, created_at, expires_at)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
        .setParameter(1, g.id())
        .setParameter(2, g.codeHash())
        .setParameter(3, g.organizationId())
        .setParameter(4, g.userId())
        .setParameter(5, g.clientId())
        .setParameter(6, g.redirectUri())
        .setParameter(7, g.codeChallenge())
        .setParameter(8, g.nonce())
        .setParameter(9, g.createdAt())
        .setParameter(10, g.expiresAt())
        .executeUpdate();
  }

  @Override
  public Optional<AuthorizationGrant> findByCodeHash(String codeHash) {
    return db
        .list("select * from oidc_grant where code_hash = ?", List.of(codeHash), GRANT)
        .stream()
        .findFirst();
  }

  @Override
  public boolean redeem(UUID grantId, String accessJti, Instant now) {
    return em.createNativeQuery(
                "update oidc_grant set redeemed_at = ?1, access_jti = ?2"
                    + " where id = ?3 and redeemed_at is null and revoked_at is null")
            .setParameter(1, now)
            .setParameter(2, accessJti)
            .setParameter(3, grantId)
            .executeUpdate()
        == 1;
  }

  @Override
  public void revoke(UUID grantId, Instant now) {
    em.createNativeQuery(
            "update oidc_grant set revoked_at = ?1 where id = ?2 and revoked_at is null")
        .setParameter(1, now)
        .setParameter(2, grantId)
        .executeUpdate();
  }

  @Override
  public Optional<AuthorizationGrant> findByAccessJti(String jti) {
    return db.list("select * from oidc_grant where access_jti = ?", List.of(jti), GRANT).stream()
        .findFirst();
  }

  @Override
  public int dropExpired(Instant before) {
    return em.createNativeQuery("delete from oidc_grant where expires_at <= ?1")
        .setParameter(1, before)
        .executeUpdate();
  }
}
