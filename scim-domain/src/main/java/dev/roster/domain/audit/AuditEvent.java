package dev.roster.domain.audit;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** One recorded action. Never carries a secret. */
public record AuditEvent(
    UUID id,
    UUID organizationId,
    Instant at,
    String actor,
    String action,
    String targetType,
    String targetId,
    Outcome outcome,
    String detail,
    String requestId)
    implements Serializable {

  public enum Outcome {
    SUCCESS,
    FAILURE
  }
}
