package dev.roster.persistence.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An event as written by a change; {@code seq} and {@code position} are the database's. */
@Entity
@Table(name = "event")
public class EventEntity {
  @Id UUID id;

  @Column(name = "organization_id")
  UUID organizationId;

  String type;

  @Column(name = "occurred_at")
  Instant occurredAt;

  String data;
}
