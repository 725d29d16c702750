package dev.roster.domain.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * Which audit events an admin wants to see; every part is optional (null or blank: any) and the
 * parts combine with AND.
 *
 * @param actor who acted, matched exactly but ignoring case and surrounding blanks (an admin's
 *     email, a token's name, {@code system}); exact rather than "contains" so that it is answered
 *     from an index however many millions of events the organization has
 * @param action one of {@link AuditActions#ALL}
 * @param userId events whose target is this user
 * @param from events at or after this instant
 * @param to events strictly before this instant
 */
public record AuditFilter(String actor, String action, UUID userId, Instant from, Instant to) {
  /** No condition: the whole trail. */
  public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null);
}
