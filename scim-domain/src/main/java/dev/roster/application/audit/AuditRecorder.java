package dev.roster.application.audit;

import dev.roster.application.common.Actor;
import dev.roster.domain.audit.AuditEvent;
import dev.roster.domain.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes audit events in the caller's transaction, so an event exists exactly when the change does.
 */
@ApplicationScoped
public class AuditRecorder {
  @Inject AuditLog auditLog;

  public void success(
      Actor actor, String action, String targetType, Object targetId, String detail) {
    record(actor, action, targetType, targetId, AuditEvent.Outcome.SUCCESS, detail);
  }

  /** Failures are kept even though the use case's own transaction rolls back. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failure(
      Actor actor, String action, String targetType, Object targetId, String detail) {
    record(actor, action, targetType, targetId, AuditEvent.Outcome.FAILURE, detail);
  }

  private void record(
      Actor actor,
      String action,
      String targetType,
      Object targetId,
      AuditEvent.Outcome outcome,
      String detail) {
    auditLog.append(
        new AuditEvent(
            UUID.randomUUID(),
            actor.organizationId(),
            Instant.now(),
            actor.name(),
            action,
            targetType,
            targetId == null ? null : targetId.toString(),
            outcome,
            detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000),
            actor.requestId()));
  }
}
