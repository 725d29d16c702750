package dev.roster.persistence.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "audit_event")
public class AuditEventEntity {
  @Id UUID id;

  @Column(name = "organization_id")
  UUID organizationId;

  Instant at;
  String actor;
  String action;

  @Column(name = "target_type")
  String targetType;

  @Column(name = "target_id")
  String targetId;

  String outcome;
  String detail;

  @Column(name = "request_id")
  String requestId;
}
