package dev.roster.domain.event;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The outbox of change events. */
public interface EventLog {
  /** Writes an unpositioned event in the caller's transaction. */
  void append(Event event);

  /**
   * Writes, in the caller's transaction and set-based (one INSERT … SELECT per chunk of ids), one
   * unpositioned event of {@code type} per user of {@code userIds} in the organization (and, with
   * {@code currentMembersOnly}, in group {@code groupId} now), with data {@code {"group":
   * <groupJson>, "user": <the user as the admin API lists it>}}; returns how many.
   */
  int appendMemberEvents(
      String type,
      UUID organizationId,
      UUID groupId,
      String groupJson,
      Collection<UUID> userIds,
      boolean currentMembersOnly,
      Instant at);

  /**
   * Writes, in the caller's transaction and in one INSERT … SELECT, one unpositioned {@code
   * group.member_removed} per group the user is a member of (data as for {@link
   * #appendMemberEvents}); for a user about to be deleted, whose memberships go with it. Returns
   * how many.
   */
  int appendRemovalsFromEveryGroup(UUID organizationId, UUID userId, Instant at);

  /**
   * Up to {@code limit} events with a position above {@code position}, ascending; only final
   * positions: once a reader has seen position p, no event at or below p can appear later.
   *
   * @param organizationId one organization's events, or null for all
   * @param types these types only; empty for all
   */
  List<Event> readAfter(long position, UUID organizationId, Set<String> types, int limit);

  /**
   * Gives up to {@code max} committed, unpositioned events the next consecutive positions, in the
   * order they were written; one sequencer at a time across nodes. Run in a transaction of its own
   * (the positions become visible when it commits). Returns how many were positioned.
   */
  int sequence(int max);

  /** How many events are not positioned yet; in the caller's transaction. */
  long countUnpositioned();

  /** Deletes up to {@code max} events that occurred before {@code cutoff}; returns how many. */
  int deleteOlderThan(Instant cutoff, int max);
}
