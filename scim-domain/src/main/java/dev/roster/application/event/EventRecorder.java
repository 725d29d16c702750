package dev.roster.application.event;

import dev.roster.application.scim.UserSnapshot;
import dev.roster.domain.event.Event;
import dev.roster.domain.event.EventLog;
import dev.roster.domain.event.EventTypes;
import dev.roster.domain.group.Group;
import dev.roster.domain.role.Role;
import dev.roster.domain.user.User;
import dev.roster.domain.user.UserStatus;
import dev.roster.json.Json;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Writes change events in the caller's transaction, so an event exists exactly when its change does
 * (beside {@code AuditRecorder}, which records who did it). After the transaction commits it wakes
 * the sequencer, so that the events are readable within milliseconds.
 */
@ApplicationScoped
public class EventRecorder {
  private static final Object WAKE_REGISTERED = EventRecorder.class;

  @Inject EventLog log;
  @Inject EventJobs jobs;
  @Resource TransactionSynchronizationRegistry transactions;

  public void record(UUID organizationId, String type, JsonObjectBuilder data) {
    log.append(Event.of(type, organizationId, Instant.now(), data.build().toString()));
    wakeAfterCommit();
  }

  public void userCreated(User user) {
    record(user.organizationId(), EventTypes.USER_CREATED, EventData.user(user));
  }

  /** user.updated (with the changed attribute names), then its status event, then role_changed. */
  public void userChanged(UserSnapshot before, User after) {
    List<String> changed = before.changedAttributes(after);
    if (!changed.isEmpty()) {
      record(
          after.organizationId(),
          EventTypes.USER_UPDATED,
          EventData.user(after).add("changedAttributes", Json.createArrayBuilder(changed)));
    }
    statusChanged(before.status(), after);
    roleChanged(before.role(), after);
  }

  public void statusChanged(UserStatus before, User after) {
    if (before != after.status()) {
      record(after.organizationId(), statusEvent(after.status()), EventData.user(after));
    }
  }

  public void roleChanged(Role before, User after) {
    if (before != after.role()) {
      record(
          after.organizationId(),
          EventTypes.USER_ROLE_CHANGED,
          EventData.user(after)
              .add("oldRole", before.displayName())
              .add("newRole", after.role().displayName())
              .add("reason", after.roleDecision().reason().name()));
    }
  }

  /**
   * A deleted user's memberships end with it: group.member_removed for each of its groups, then
   * user.deleted. Call before the user's rows go.
   */
  public void userDeleted(User user) {
    log.appendRemovalsFromEveryGroup(user.organizationId(), user.id(), Instant.now());
    record(user.organizationId(), EventTypes.USER_DELETED, EventData.user(user));
  }

  public void group(String type, Group group) {
    record(
        group.organizationId(),
        type,
        Json.createObjectBuilder().add("group", EventData.group(group)));
  }

  public void groupUpdated(Group group, List<String> changedAttributes) {
    record(
        group.organizationId(),
        EventTypes.GROUP_UPDATED,
        Json.createObjectBuilder()
            .add("group", EventData.group(group))
            .add("changedAttributes", Json.createArrayBuilder(changedAttributes)));
  }

  /**
   * One {@code type} event per user of {@code userIds} (member_added or member_removed), written
   * set-based by one INSERT … SELECT per chunk of ids.
   */
  public void members(String type, Group group, Collection<UUID> userIds) {
    members(type, group, userIds, false);
  }

  /** As {@link #members}, only for those of {@code userIds} who are members of the group now. */
  public void currentMembers(String type, Group group, Collection<UUID> userIds) {
    members(type, group, userIds, true);
  }

  private void members(
      String type, Group group, Collection<UUID> userIds, boolean currentMembersOnly) {
    if (!userIds.isEmpty()) {
      log.appendMemberEvents(
          type,
          group.organizationId(),
          group.id(),
          EventData.group(group).toString(),
          userIds,
          currentMembersOnly,
          Instant.now());
      wakeAfterCommit();
    }
  }

  /** A repository wrote events set-based in this transaction. */
  public void wroteSetBased() {
    wakeAfterCommit();
  }

  static String statusEvent(UserStatus status) {
    return switch (status) {
      case ACTIVE -> EventTypes.USER_ACTIVATED;
      case INACTIVE -> EventTypes.USER_DEACTIVATED;
      case LOCKED -> EventTypes.USER_LOCKED;
      case PENDING -> EventTypes.USER_PENDING;
    };
  }

  private void wakeAfterCommit() {
    if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE
        || transactions.getResource(WAKE_REGISTERED) != null) {
      return;
    }
    transactions.putResource(WAKE_REGISTERED, Boolean.TRUE);
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED && EventJobs.started()) {
              jobs.wake();
            }
          }
        });
  }
}
