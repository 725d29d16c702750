package dev.roster.persistence.oidc;

import dev.roster.domain.oidc.SigningKey;
import dev.roster.domain.oidc.SigningKeyRepository;
import dev.roster.persistence.common.JdbcReads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class JpaSigningKeyRepository implements SigningKeyRepository {
  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Inject JdbcReads db;

  @Override
  public List<SigningKey> published(Instant retiredAfter) {
    return db.list(
        "select * from oidc_signing_key where retired_at is null or retired_at > ?"
            + " order by created_at desc, kid",
        List.of(retiredAfter),
        r ->
            new SigningKey(
                r.getString("kid"),
                r.getString("public_jwk"),
                r.getString("private_key_encrypted"),
                JdbcReads.instant(r, "created_at"),
                JdbcReads.instant(r, "retired_at")));
  }

  @Override
  public void add(SigningKey key) {
    em.createNativeQuery(
            "insert into oidc_signing_key (kid, public_jwk, private_key_encrypted, created_at)"
                + " values (?1, ?2, ?3, ?4)")
        .setParameter(1, key.kid())
        .setParameter(2, key.publicJwk())
        .setParameter(3, key.privateKeyEncrypted())
        .setParameter(4, key.createdAt())
        .executeUpdate();
  }

  @Override
  public void retireAllBut(String kid, Instant now) {
    em.createNativeQuery(
            "update oidc_signing_key set retired_at = ?1 where kid <> ?2 and retired_at is null")
        .setParameter(1, now)
        .setParameter(2, kid)
        .executeUpdate();
  }

  @Override
  public int dropRetiredBefore(Instant before) {
    return em.createNativeQuery("delete from oidc_signing_key where retired_at <= ?1")
        .setParameter(1, before)
        .executeUpdate();
  }
}
