package dev.roster.domain.event;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One change, as the host product reads it. {@code data} is a JSON object's text (the resource as
 * the admin API shows it, never a secret); {@code position} orders events and is 0 until the
 * sequencer has given one (only positioned events are ever read).
 */
public record Event(
    UUID id, String type, UUID organizationId, Instant occurredAt, String data, long position) {
  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(data, "data");
  }

  /** A new, not yet positioned event. */
  public static Event of(String type, UUID organizationId, Instant occurredAt, String data) {
    return new Event(UUID.randomUUID(), type, organizationId, occurredAt, data, 0);
  }
}
