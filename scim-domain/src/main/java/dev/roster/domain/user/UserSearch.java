package dev.roster.domain.user;

import dev.roster.scim.query.ResourceQuery;
import dev.roster.scim.query.ResultPage;
import java.util.UUID;

/**
 * SCIM list queries over users: the filter tree becomes a database query with bound parameters,
 * never an in-memory scan. Multi-valued attributes that filters reach (emails) are kept in an index
 * beside the user.
 */
public interface UserSearch {
  ResultPage<User> search(UUID organizationId, ResourceQuery query);

  /** Writes the filter index of a user just added (there is nothing to remove yet). */
  void index(User user);

  /** Rewrites the filter index of a user after it was updated. */
  void reindex(User user);
}
