package dev.roster.domain.user;

import dev.roster.domain.group.GroupRepository.GroupRef;
import dev.roster.scim.query.ResourceQuery;
import dev.roster.scim.query.ResultPage;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Queries over users that serve requests: SCIM filter and list pages (the filter tree becomes a
 * database query with bound parameters, never an in-memory scan), a user with its groups, the
 * admins' text search and a group's members. Users found here come without {@link User#idpRoles()}.
 */
public interface UserSearch {
  ResultPage<User> search(UUID organizationId, ResourceQuery query);

  /** The admins' search ordered by userName, ascending. */
  default ResultPage<User> search(
      UUID organizationId, String text, UserStatus status, int page, int size) {
    return search(organizationId, text, status, UserSort.USER_NAME, false, page, size);
  }

  /**
   * The admins' search: users whose userName, email or displayName contains {@code text} (ignoring
   * case; any when blank), of {@code status} when given, in the order of {@code sort} (its
   * tie-break by id included, all of it reversed when {@code descending}); {@code page} counts from
   * 0. The total is always counted.
   */
  ResultPage<User> search(
      UUID organizationId,
      String text,
      UserStatus status,
      UserSort sort,
      boolean descending,
      int page,
      int size);

  /**
   * One page of a group's members, the most recently added first (then by id, so that members added
   * together keep a stable order); {@code page} counts from 0 and the total is the group's member
   * count. Not by userName: a page deep in a 100k-member group would have to sort every member by
   * name, hundreds of milliseconds, where the order of joining is read from one index. Empty for a
   * group of another organization.
   */
  ResultPage<User> members(UUID organizationId, UUID groupId, int page, int size);

  /**
   * A user for display with the groups it belongs to, in one statement ({@link User#idpRoles()}
   * left empty, as in {@link UserRepository#findForDisplay}).
   */
  Optional<WithGroups> findWithGroups(UUID organizationId, UUID id);

  /** A user and its groups, ordered by name. */
  record WithGroups(User user, List<GroupRef> groups) {}
}
