package dev.roster.domain.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Append-only store of audit events. */
public interface AuditLog {
  void append(AuditEvent event);

  /** Newest first, optionally for one target, strictly before {@code before}. */
  List<AuditEvent> find(UUID organizationId, String targetId, Instant before, int limit);
}
