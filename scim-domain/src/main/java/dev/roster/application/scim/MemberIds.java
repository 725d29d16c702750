package dev.roster.application.scim;

import dev.roster.domain.group.GroupRepository;
import dev.roster.scim.error.InvalidValueException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Resolves the member ids of a group write to users of the same organization.
 *
 * <p>A well-formed id that names no user is skipped, not refused: IdPs (Okta group push, Entra ID)
 * send the members they know of, which may include a user deleted here meanwhile, and failing the
 * whole request would block the group on every retry. Skipping gives the state a delete right after
 * the add would have given. Nested groups are not supported, so a group id is refused with a clear
 * message; so is a value that cannot be an id at all (a client error, not a stale reference).
 */
final class MemberIds {
  private static final Logger LOG = Logger.getLogger(MemberIds.class.getName());

  private MemberIds() {}

  static Set<UUID> resolve(GroupRepository groups, UUID organizationId, List<String> values) {
    Set<UUID> ids = new LinkedHashSet<>();
    for (String value : values) {
      try {
        ids.add(UUID.fromString(value.strip()));
      } catch (RuntimeException e) {
        throw new InvalidValueException(
            "Member '" + value + "' is not a user of this organization.");
      }
    }
    if (ids.isEmpty()) {
      return ids;
    }
    Set<UUID> users = groups.existingUsers(organizationId, ids);
    if (users.size() == ids.size()) {
      return ids;
    }
    Set<UUID> unknown = new LinkedHashSet<>(ids);
    unknown.removeAll(users);
    Set<UUID> nested = groups.existingGroups(organizationId, unknown);
    if (!nested.isEmpty()) {
      throw new InvalidValueException(
          "Member "
              + nested.iterator().next()
              + " is a group: nested groups are not supported, add its users instead.");
    }
    LOG.info(
        () ->
            "Skipped member ids that name no user of organization "
                + organizationId
                + ": "
                + unknown);
    ids.retainAll(users);
    return ids;
  }
}
