package dev.roster.domain.user;

import dev.roster.domain.group.GroupRepository.GroupRef;
import dev.roster.scim.query.ResourceQuery;
import dev.roster.scim.query.ResultPage;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Queries over users that serve requests: SCIM filter and list pages (the filter tree becomes a
 * database query with bound parameters, never an in-memory scan), a user with its groups, and the
 * admins' text search. Users found here come without {@link User#idpRoles()}.
 */
public interface UserSearch {
  ResultPage<User> search(UUID organizationId, ResourceQuery query);

  /**
   * The admins' search: users whose userName, email or displayName contains {@code text} (ignoring
   * case; any when blank), of {@code status} when given, ordered by userName; {@code page} counts
   * from 0. The total is always counted.
   */
  ResultPage<User> search(UUID organizationId, String text, UserStatus status, int page, int size);

  /**
   * A user for display with the groups it belongs to, in one statement ({@link User#idpRoles()}
   * left empty, as in {@link UserRepository#findForDisplay}).
   */
  Optional<WithGroups> findWithGroups(UUID organizationId, UUID id);

  /** A user and its groups, ordered by name. */
  record WithGroups(User user, List<GroupRef> groups) {}
}
