package dev.roster.persistence.audit;

import dev.roster.domain.audit.AuditEvent;
import dev.roster.domain.audit.AuditFilter;
import dev.roster.domain.audit.AuditLog;
import dev.roster.domain.audit.AuditPage;
import dev.roster.persistence.common.SqlReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class JpaAuditLog implements AuditLog {
  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Inject SqlReader db;

  @Override
  public void append(AuditEvent event) {
    AuditEventEntity e = new AuditEventEntity();
    e.id = event.id();
    e.organizationId = event.organizationId();
    e.at = event.at();
    e.actor = event.actor();
    e.action = event.action();
    e.targetType = event.targetType();
    e.targetId = event.targetId();
    e.outcome = event.outcome().name();
    e.detail = event.detail();
    e.requestId = event.requestId();
    em.persist(e);
  }

  @Override
  public List<AuditEvent> find(UUID organizationId, String targetId, Instant before, int limit) {
    String jpql =
        "select e from AuditEventEntity e where e.organizationId = :org"
            + (targetId != null ? " and e.targetId = :target" : "")
            + (before != null ? " and e.at < :before" : "")
            + " order by e.at desc, e.id desc";
    var query = em.createQuery(jpql, AuditEventEntity.class).setParameter("org", organizationId);
    if (targetId != null) {
      query.setParameter("target", targetId);
    }
    if (before != null) {
      query.setParameter("before", before);
    }
    return query.setMaxResults(limit).getResultStream().map(JpaAuditLog::toDomain).toList();
  }

  @Override
  public AuditPage search(UUID organizationId, AuditFilter filter, int page, int size) {
    return AuditSearch.search(db, organizationId, filter, page, size);
  }

  private static AuditEvent toDomain(AuditEventEntity e) {
    return new AuditEvent(
        e.id,
        e.organizationId,
        e.at,
        e.actor,
        e.action,
        e.targetType,
        e.targetId,
        AuditEvent.Outcome.valueOf(e.outcome),
        e.detail,
        e.requestId);
  }
}
