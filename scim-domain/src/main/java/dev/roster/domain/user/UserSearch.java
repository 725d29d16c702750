package dev.roster.domain.user;

import dev.roster.domain.group.GroupRepository.GroupRef;
import dev.roster.scim.query.ResourceQuery;
import dev.roster.scim.query.ResultPage;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * SCIM list queries over users: the filter tree becomes a database query with bound parameters,
 * never an in-memory scan. Multi-valued attributes that filters reach (emails) are kept in an index
 * beside the user.
 */
public interface UserSearch {
  ResultPage<User> search(UUID organizationId, ResourceQuery query);

  /**
   * A user for display with the groups it belongs to, in one statement ({@link User#idpRoles()}
   * left empty, as in {@link UserRepository#findForDisplay}).
   */
  Optional<WithGroups> findWithGroups(UUID organizationId, UUID id);

  /** A user and its groups, ordered by name. */
  record WithGroups(User user, List<GroupRef> groups) {}

  /** Writes the filter index of a user just added (there is nothing to remove yet). */
  void index(User user);

  /** Rewrites the filter index of a user after it was updated. */
  void reindex(User user);
}
