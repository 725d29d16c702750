package dev.roster.application.admin;

import dev.roster.application.common.Actor;
import dev.roster.application.common.Paging;
import dev.roster.domain.audit.AuditActions;
import dev.roster.domain.audit.AuditEvent;
import dev.roster.domain.audit.AuditFilter;
import dev.roster.domain.audit.AuditLog;
import dev.roster.domain.audit.AuditPage;
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

  /**
   * One page of the events that match {@code filter} (null: all), newest first; {@code page} counts
   * from 0, {@code size} is capped at {@link Paging#MAX_SIZE}. The total is counted up to {@link
   * AuditPage#COUNT_LIMIT}.
   */
  public AuditPage search(Actor actor, AuditFilter filter, int page, int size) {
    return auditLog.search(
        actor.organizationId(),
        filter == null ? AuditFilter.NONE : filter,
        Paging.page(page),
        Paging.size(size));
  }

  /** Every action name Roster records, alphabetically, for the console's action filter. */
  public List<String> actions() {
    return AuditActions.ALL;
  }
}
