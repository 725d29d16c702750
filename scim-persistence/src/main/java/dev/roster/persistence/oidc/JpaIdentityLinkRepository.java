package dev.roster.persistence.oidc;

import dev.roster.domain.oidc.IdentityLinkRepository;
import dev.roster.domain.role.Role;
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
public class JpaIdentityLinkRepository implements IdentityLinkRepository {
  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Inject JdbcReads db;

  @Override
  public Optional<UUID> findUser(UUID organizationId, String issuer, String subject) {
    return db
        .list(
            "select user_id from oidc_identity where organization_id = ? and issuer = ?"
                + " and subject = ?",
            List.of(organizationId, issuer, subject),
            r -> JdbcReads.uuid(r, "user_id"))
        .stream()
        .findFirst();
  }

  @Override
  public boolean linkedElsewhere(UUID userId, String issuer, String subject) {
    return !db.list(
            "select 1 from oidc_identity where user_id = ? and not (issuer = ? and subject = ?)",
            List.of(userId, issuer, subject),
            r -> 1)
        .isEmpty();
  }

  @Override
  public boolean hasActiveAdminLinked(UUID organizationId, String issuer) {
    return !db.list(
            "select 1 from oidc_identity i join app_user u on u.id = i.user_id"
                + " where i.organization_id = ? and i.issuer = ? and u.status = 'ACTIVE'"
                + " and u.role = ? fetch first 1 rows only",
            List.of(organizationId, issuer, Role.ADMIN.name()),
            r -> 1)
        .isEmpty();
  }

  @Override
  public boolean link(
      UUID organizationId, String issuer, String subject, UUID userId, Instant now) {
    // ON CONFLICT (PostgreSQL, and H2 in PostgreSQL mode): a concurrent first sign-in that links
    // first makes this one insert nothing instead of failing its transaction.
    return em.createNativeQuery(
                "insert into oidc_identity (organization_id, issuer, subject, user_id, linked_at)"
                    + " values (?1, ?2, ?3, ?4, ?5) on conflict do nothing")
            .setParameter(1, organizationId)
            .setParameter(2, issuer)
            .setParameter(3, subject)
            .setParameter(4, userId)
            .setParameter(5, now)
            .executeUpdate()
        == 1;
  }
}
