package dev.roster.domain.group;

import dev.roster.scim.query.ResourceQuery;
import dev.roster.scim.query.ResultPage;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Stores groups and memberships, always scoped to one organization. Membership changes are
 * set-based statements: adding or removing members never loads a group's member list.
 */
public interface GroupRepository {
  Optional<Group> findById(UUID organizationId, UUID id);

  /**
   * Loads a group and locks its row until the transaction ends, so that changes to one group (its
   * name, its members) run one after the other: concurrent PATCHes adding members neither lose a
   * member nor collide on the membership's primary key.
   */
  Optional<Group> findByIdForUpdate(UUID organizationId, UUID id);

  ResultPage<Group> search(UUID organizationId, ResourceQuery query);

  /** Stores a new group; a displayName taken meanwhile is a {@code UniquenessException}. */
  void add(Group group);

  void update(Group group);

  void remove(Group group);

  /** Members of the given groups, for rendering. */
  Map<UUID, List<Member>> members(UUID organizationId, Collection<UUID> groupIds);

  /** Member ids of one group (only when they are really needed, e.g. to recompute roles). */
  List<UUID> memberIds(UUID organizationId, UUID groupId);

  /**
   * Adds the users that are not members yet; returns the ids actually added. The caller holds the
   * group's lock ({@link #findByIdForUpdate}) or has just created the group.
   */
  Set<UUID> addMembers(UUID organizationId, UUID groupId, Collection<UUID> userIds);

  /** Removes the given members; returns how many rows went. */
  int removeMembers(UUID organizationId, UUID groupId, Collection<UUID> userIds);

  int removeAllMembers(UUID organizationId, UUID groupId);

  /** The groups of each given user, for the read-only {@code groups} attribute. */
  Map<UUID, List<GroupRef>> groupsOf(UUID organizationId, Collection<UUID> userIds);

  /** Which of {@code ids} are users of the organization. */
  Set<UUID> existingUsers(UUID organizationId, Collection<UUID> ids);

  /** Which of {@code ids} are groups of the organization. */
  Set<UUID> existingGroups(UUID organizationId, Collection<UUID> ids);

  /** A member as rendered: the user's id and display text. */
  record Member(UUID userId, String display) {}

  /** A group as listed in a user's {@code groups}. */
  record GroupRef(UUID groupId, String displayName) {}
}
