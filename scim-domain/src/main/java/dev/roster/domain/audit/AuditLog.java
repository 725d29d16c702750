package dev.roster.domain.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Append-only store of audit events. */
public interface AuditLog {
  void append(AuditEvent event);

  /** Newest first, optionally for one target, strictly before {@code before}. */
  List<AuditEvent> find(UUID organizationId, String targetId, Instant before, int limit);

  /**
   * One page of the organization's events that match {@code filter}, newest first (by time, then
   * id); {@code page} counts from 0. The total is counted up to {@link AuditPage#COUNT_LIMIT}.
   */
  AuditPage search(UUID organizationId, AuditFilter filter, int page, int size);
}
