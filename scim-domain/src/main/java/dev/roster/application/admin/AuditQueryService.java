package dev.roster.application.admin;

import dev.roster.application.common.Actor;
import dev.roster.domain.audit.AuditEvent;
import dev.roster.domain.audit.AuditLog;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Reading an organization's audit trail, newest first. */
@Stateless
public class AuditQueryService {
  static final int MAX_LIMIT = 500;

  @Inject AuditLog auditLog;

  public List<AuditEvent> find(Actor actor, UUID userId, Instant before, int limit) {
    int bounded = Math.max(1, Math.min(MAX_LIMIT, limit));
    return auditLog.find(
        actor.organizationId(), userId == null ? null : userId.toString(), before, bounded);
  }
}
